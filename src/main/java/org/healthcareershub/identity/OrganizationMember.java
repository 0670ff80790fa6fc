package org.healthcareershub.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * A signed-in person who acts for an organization (an employer). Accounts' principal implements it, so a
 * module that serves an organization's own pages reads which organization from the request's
 * {@link Authentication} here, without depending on accounts. The organization never comes from the request
 * itself, so no one can act for another's.
 */
public interface OrganizationMember {

    /** The employer's id, or null when the person belongs to no organization (any more). */
    Long employerId();

    /** The organization the signed-in person acts for; empty for visitors and people of none. */
    static Optional<Long> employerIdOf(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof OrganizationMember member)) {
            return Optional.empty();
        }
        return Optional.ofNullable(member.employerId());
    }
}
