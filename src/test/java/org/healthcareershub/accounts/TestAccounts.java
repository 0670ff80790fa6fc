package org.healthcareershub.accounts;

import java.util.UUID;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates accounts for web tests, each with its own email (all test contexts share one database), and
 * gives the principal to sign requests in with.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    private final Accounts accounts;
    private final PasswordEncoder encoder;

    TestAccounts(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    public SignedInAccount seeker(String name) {
        return create(Role.SEEKER, name, true);
    }

    public SignedInAccount create(Role role, String name, boolean verified) {
        String email = "seeker-" + UUID.randomUUID() + "@example.com";
        Account account = new Account(email, encoder.encode(PASSWORD), role, name, "en");
        if (verified) {
            account.markVerified();
        }
        return accounts.save(account).signedIn();
    }
}
