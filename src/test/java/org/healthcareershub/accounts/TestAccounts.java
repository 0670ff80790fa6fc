package org.healthcareershub.accounts;

import java.util.UUID;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates accounts for web tests, each with its own email (all test contexts share one database) and one
 * password, and gives the principal to sign requests in with.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String ADMIN_EMAIL = "admin@example.org";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private String hash;

    public TestAccounts(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    public SignedInAccount seeker(String name) {
        return create(Role.SEEKER, name, true);
    }

    public SignedInAccount create(Role role, String name, boolean verified) {
        return create(role, name, verified, null, "en").signedIn();
    }

    /** A verified English-speaking account of the role. */
    public Account create(Role role, String name) {
        return create(role, name, true, null, "en");
    }

    public Account create(Role role, String name, boolean verified, Long employerId, String language) {
        if (hash == null) {
            hash = encoder.encode(PASSWORD);
        }
        String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "." + UUID.randomUUID() + "@example.com";
        Account account = new Account(email, hash, role, name, language);
        if (verified) {
            account.markVerified();
        }
        if (employerId != null) {
            account.joinEmployer(employerId);
        }
        return accounts.save(account);
    }

    /** The staff account the test configuration makes on start. */
    public Account admin() {
        return accounts.findByEmail(ADMIN_EMAIL).orElseThrow();
    }
}
