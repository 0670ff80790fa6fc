package org.healthcareershub.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * A signed-in principal that acts for an organization. Accounts' principal implements it, so that other
 * modules (the job board's posting editor) learn which organization the person acts for without depending
 * on accounts.
 */
public interface EmployerMember {

    /** The id of the organization the account belongs to, or null for none. */
    Long employerId();

    /** The organization the signed-in person acts for, if any. */
    static Optional<Long> of(Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof EmployerMember member) {
            return Optional.ofNullable(member.employerId());
        }
        return Optional.empty();
    }
}
