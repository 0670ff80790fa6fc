package org.healthcareershub.accounts.web;

import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.AccountSettings;
import org.healthcareershub.accounts.domain.Throttle;
import org.healthcareershub.web.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * Asking a signed-in person for their password again (to change it, change the email, or delete the
 * account). Wrong answers count like failed sign-ins and lock the email for a while, so a borrowed session
 * cannot be used to guess the password.
 */
@Component
class PasswordConfirmation {

    private final AccountSettings settings;
    private final Throttle throttle;

    PasswordConfirmation(AccountSettings settings, Throttle throttle) {
        this.settings = settings;
        this.throttle = throttle;
    }

    /** Adds an error for {@code field} unless {@code password} is the account's password. */
    void check(SignedInAccount account, String password, String field, String wrongKey, FieldErrors errors) {
        if (!throttle.lockedFor(account.email()).isZero()) {
            errors.add(field, "security.error.locked");
        } else if (!settings.passwordMatches(account.id(), password)) {
            throttle.failedSignIn(account.email());
            errors.add(field, wrongKey);
        }
    }
}
