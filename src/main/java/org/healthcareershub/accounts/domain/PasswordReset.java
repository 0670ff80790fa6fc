package org.healthcareershub.accounts.domain;

import java.time.Duration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Forgot my password": a single-use link valid for an hour; the request never says whether the address is known. */
@Service
public class PasswordReset {

    public static final Duration LINK_LIFETIME = Duration.ofHours(1);

    private final Accounts accounts;
    private final OneTimeLinks links;
    private final AccountMail mail;
    private final PasswordEncoder encoder;

    PasswordReset(Accounts accounts, OneTimeLinks links, AccountMail mail, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.links = links;
        this.mail = mail;
        this.encoder = encoder;
    }

    /** Mails a reset link if the address has an account; does nothing visible otherwise. */
    @Transactional
    public void request(String email) {
        accounts.findByEmail(Account.normalize(email)).ifPresent(account -> {
            String token = links.issue(account, AccountToken.Purpose.RESET_PASSWORD, LINK_LIFETIME, null);
            mail.send(
                    account.getEmail(),
                    account.getPreferredLanguage(),
                    "reset",
                    account.getDisplayName(),
                    mail.link("/reset-password/new", token),
                    LINK_LIFETIME.toMinutes());
        });
    }

    @Transactional(readOnly = true)
    public OneTimeLinks.Outcome check(String token) {
        return links.check(AccountToken.Purpose.RESET_PASSWORD, token).outcome();
    }

    /**
     * Sets the new password (already checked against the policy) if the link is good. Following the link
     * also proves the mailbox, so the account counts as verified. Returns the account's email on success.
     */
    @Transactional
    public OneTimeLinks.Redemption complete(String token, String newPassword) {
        OneTimeLinks.Redemption redemption = links.redeem(AccountToken.Purpose.RESET_PASSWORD, token);
        if (redemption.outcome() == OneTimeLinks.Outcome.VALID) {
            accounts.findById(redemption.token().getAccountId()).ifPresent(account -> {
                account.changePassword(encoder.encode(newPassword));
                account.markVerified();
                mail.send(
                        account.getEmail(),
                        account.getPreferredLanguage(),
                        "passwordChanged",
                        account.getDisplayName());
            });
        }
        return redemption;
    }

    /** The email of the account a valid link belongs to (to check a new password against it), or "". */
    @Transactional(readOnly = true)
    public String emailFor(String token) {
        OneTimeLinks.Redemption found = links.check(AccountToken.Purpose.RESET_PASSWORD, token);
        return found.token() == null
                ? ""
                : accounts.findById(found.token().getAccountId())
                        .map(Account::getEmail)
                        .orElse("");
    }
}
