package org.healthcareershub.accounts.web;

/** Checks on raw form input shared by the accounts forms. */
final class FormErrors {

    private FormErrors() {}

    static boolean isEmail(String value) {
        return value != null && value.length() <= 254 && value.strip().matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
