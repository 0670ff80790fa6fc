package org.healthcareershub.accounts.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** Field errors of one form, in field order, with their messages resolved for the page's language. */
final class FormErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final MessageSource messages;
    private final Locale locale;

    FormErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    FormErrors add(String field, String key, Object... args) {
        errors.putIfAbsent(field, messages.getMessage(key, args, locale));
        return this;
    }

    boolean has(String field) {
        return errors.containsKey(field);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    Map<String, String> asMap() {
        return errors;
    }

    static boolean isEmail(String value) {
        return value != null && value.length() <= 254 && value.strip().matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
