package org.healthcareershub.accounts.web;

import java.util.UUID;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Makes accounts for tests, each with a unique email (the test database is shared) and one password. */
final class TestAccounts {

    static final String PASSWORD = "a long test password";
    static final String ADMIN_EMAIL = "admin@example.org";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private String hash;

    TestAccounts(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** A verified English-speaking account of the role. */
    Account create(Role role, String name) {
        return create(role, name, true, null, "en");
    }

    Account create(Role role, String name, boolean verified, Long employerId, String language) {
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
    Account admin() {
        return accounts.findByEmail(ADMIN_EMAIL).orElseThrow();
    }
}
