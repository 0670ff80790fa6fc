package org.healthcareershub.accounts.web;

/** The sign-up form as typed; {@code accountType} is "seeker" or "employer". */
record SignUpForm(String accountType, String name, String email, String password, String organization, String website) {

    static SignUpForm empty() {
        return new SignUpForm("seeker", "", "", "", "", "");
    }

    boolean employer() {
        return "employer".equals(accountType);
    }
}
