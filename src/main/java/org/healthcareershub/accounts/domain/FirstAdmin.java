package org.healthcareershub.accounts.domain;

import java.security.SecureRandom;
import java.util.Base64;
import org.healthcareershub.accounts.AuditLog;
import org.healthcareershub.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the first staff account when there is none: from hub.admin.email and hub.admin.password (set
 * them in the environment or as command-line flags, e.g. --hub.admin.email=...). With no password set, a
 * random one is made and printed once, so a fresh demo can be signed in to.
 */
@Component
@Order(5)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final String email;
    private final String password;

    FirstAdmin(
            Accounts accounts,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            AuditLog audit,
            @Value("${hub.admin.email:admin@localhost}") String email,
            @Value("${hub.admin.password:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.email = email;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return;
        }
        String effective = password;
        if (effective == null || effective.isBlank()) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            effective = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            log.warn("No hub.admin.password set: the first staff account's password is '{}'", effective);
        } else if (policy.problem(effective, email).isPresent()) {
            throw new IllegalStateException(
                    "hub.admin.password is too weak: use 12 or more characters that are" + " not a common password");
        }
        Account admin = new Account(email, encoder.encode(effective), Role.ADMIN, "Staff", "en");
        admin.markVerified();
        accounts.save(admin);
        audit.record("account.admin-created", "account:" + admin.getId(), null);
        log.info("Created the first staff account (hub.admin.email)");
    }
}
