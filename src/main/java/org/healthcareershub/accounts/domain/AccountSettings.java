package org.healthcareershub.accounts.domain;

import java.time.Duration;
import java.util.Optional;
import org.healthcareershub.employers.EmployerRegistration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a signed-in account's password or email (both need the current password), and whether it is
 * emailed when an organization moves its interest in a posting.
 */
@Service
public class AccountSettings {

    public static final Duration EMAIL_LINK_LIFETIME = Duration.ofHours(24);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final OneTimeLinks links;
    private final AccountMail mail;
    private final EmployerRegistration organizations;

    AccountSettings(
            Accounts accounts,
            PasswordEncoder encoder,
            OneTimeLinks links,
            AccountMail mail,
            EmployerRegistration organizations) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.encoder = encoder;
        this.links = links;
        this.mail = mail;
    }

    @Transactional(readOnly = true)
    public boolean passwordMatches(long accountId, String password) {
        return matches(accounts.findById(accountId), password);
    }

    @Transactional(readOnly = true)
    public boolean passwordMatches(String email, String password) {
        return matches(accounts.findByEmail(Account.normalize(email)), password);
    }

    private boolean matches(Optional<Account> account, String password) {
        return password != null
                && account.map(a -> encoder.matches(password, a.getPasswordHash()))
                        .orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean wantsInterestMail(long accountId) {
        return accounts.findById(accountId).map(Account::wantsInterestMail).orElse(false);
    }

    @Transactional
    public void setInterestMail(long accountId, boolean wanted) {
        accounts.findById(accountId).orElseThrow().setInterestMail(wanted);
    }

    @Transactional
    public void changePassword(long accountId, String newPassword) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.changePassword(encoder.encode(newPassword));
        mail.send(account.getEmail(), account.getPreferredLanguage(), "passwordChanged", account.getDisplayName());
    }

    /**
     * Starts an email change: a link goes to the new address, and the change happens when it is followed.
     * An address that already has an account gets no link (the page answers the same way).
     */
    @Transactional
    public void requestEmailChange(long accountId, String newEmail) {
        Account account = accounts.findById(accountId).orElseThrow();
        String normalized = Account.normalize(newEmail);
        if (accounts.findByEmail(normalized).isPresent()) {
            return;
        }
        String token = links.issue(account, AccountToken.Purpose.CHANGE_EMAIL, EMAIL_LINK_LIFETIME, normalized);
        mail.send(
                normalized,
                account.getPreferredLanguage(),
                "changeEmail",
                account.getDisplayName(),
                mail.link("/verify-email/change", token),
                EMAIL_LINK_LIFETIME.toHours());
    }

    /** Follows an email-change link: the account takes the new (now verified) address; the old one is told. */
    @Transactional
    public OneTimeLinks.Outcome confirmEmailChange(String token) {
        OneTimeLinks.Redemption redemption = links.redeem(AccountToken.Purpose.CHANGE_EMAIL, token);
        if (redemption.outcome() != OneTimeLinks.Outcome.VALID) {
            return redemption.outcome();
        }
        String newEmail = redemption.token().getNewEmail();
        if (accounts.findByEmail(newEmail).isPresent()) {
            return OneTimeLinks.Outcome.USED;
        }
        Account account = accounts.findById(redemption.token().getAccountId()).orElseThrow();
        String oldEmail = account.getEmail();
        account.changeEmail(newEmail);
        if (account.getEmployerId() != null) {
            organizations.replaceContactEmail(account.getEmployerId(), oldEmail, account.getEmail());
        }
        mail.send(oldEmail, account.getPreferredLanguage(), "emailChanged", account.getDisplayName());
        return OneTimeLinks.Outcome.VALID;
    }
}
