package org.healthcareershub.accounts.web;

import org.healthcareershub.web.PlainText;

/** The sign-up form as typed; {@code accountType} is "seeker" or "employer". */
record SignUpForm(
        String accountType,
        String name,
        String email,
        @PlainText.Password String password,
        String organization,
        String website) {

    static SignUpForm empty() {
        return new SignUpForm("seeker", "", "", "", "", "");
    }

    boolean employer() {
        return "employer".equals(accountType);
    }
}
