package org.healthcareershub.accounts.domain;

import java.time.Duration;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.employers.EmployerRegistration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up and email verification. A sign-up with an address that already has an account answers exactly
 * like a new one (the page says "check your email") and mails the owner a notice instead, so the form
 * never reveals who is registered.
 */
@Service
public class Registration {

    public static final Duration VERIFY_LINK_LIFETIME = Duration.ofHours(24);

    /** A sign-up as the form gave it, already validated. */
    public record SignUpRequest(
            Role role,
            String name,
            String email,
            String password,
            String organization,
            String website,
            String language) {}

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final OneTimeLinks links;
    private final AccountMail mail;
    private final EmployerRegistration employers;

    Registration(
            Accounts accounts,
            PasswordEncoder encoder,
            OneTimeLinks links,
            AccountMail mail,
            EmployerRegistration employers) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.links = links;
        this.mail = mail;
        this.employers = employers;
    }

    @Transactional
    public void signUp(SignUpRequest request) {
        String hash = encoder.encode(request.password());
        var existing = accounts.findByEmail(Account.normalize(request.email()));
        if (existing.isPresent()) {
            tellOwner(existing.get());
            return;
        }
        if (request.role() != Role.SEEKER && request.role() != Role.EMPLOYER) {
            throw new IllegalArgumentException("Sign-up is for seekers and employers");
        }
        Account account = accounts.save(new Account(
                request.email(), hash, request.role(), request.name().strip(), request.language()));
        if (request.role() == Role.EMPLOYER) {
            account.joinEmployer(
                    employers.registerPending(request.organization(), request.website(), account.getEmail()));
        }
        sendVerification(account);
    }

    /**
     * Answers a sign-up that lost a race with another for the same address (the database's unique key
     * refused the second): the owner of the account that won is told, as for any sign-up with a taken
     * address. Does nothing if no account holds the address after all.
     */
    @Transactional
    public void signUpLostRace(String email) {
        accounts.findByEmail(Account.normalize(email)).ifPresent(this::tellOwner);
    }

    private void tellOwner(Account owner) {
        mail.send(
                owner.getEmail(),
                owner.getPreferredLanguage(),
                "duplicate",
                mail.link("/sign-in", null),
                mail.link("/reset-password", null));
    }

    /** Mails a fresh verification link (the older ones stop working). */
    @Transactional
    public void sendVerification(Account account) {
        String token = links.issue(account, AccountToken.Purpose.VERIFY_EMAIL, VERIFY_LINK_LIFETIME, null);
        mail.send(
                account.getEmail(),
                account.getPreferredLanguage(),
                "verify",
                account.getDisplayName(),
                mail.link("/verify-email", token),
                VERIFY_LINK_LIFETIME.toHours());
    }

    @Transactional
    public void resendVerification(long accountId) {
        accounts.findById(accountId).filter(a -> !a.isVerified()).ifPresent(this::sendVerification);
    }

    /** Uses a verification link; a valid one marks the account verified. */
    @Transactional
    public OneTimeLinks.Outcome verify(String token) {
        OneTimeLinks.Redemption redemption = links.redeem(AccountToken.Purpose.VERIFY_EMAIL, token);
        if (redemption.outcome() == OneTimeLinks.Outcome.VALID) {
            accounts.findById(redemption.token().getAccountId()).ifPresent(Account::markVerified);
        }
        return redemption.outcome();
    }
}
