package org.healthcareershub.jobs.web;

import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.identity.OrganizationMember;
import org.healthcareershub.jobs.OrganizationSuspendedException;
import org.springframework.security.core.Authentication;

/** The organization the signed-in EMPLOYER account acts for, on the jobs module's portal pages. */
final class PortalOrganization {

    private PortalOrganization() {}

    /**
     * The signed-in account's organization. An account without one, or whose organization is suspended,
     * gets {@link OrganizationSuspendedException}, which the controllers answer by sending it to the portal's
     * start page, which explains why (as the portal's own pages do).
     */
    static HiringOrganization of(Authentication auth, HiringOrganizations organizations) {
        return OrganizationMember.employerIdOf(auth)
                .flatMap(organizations::find)
                .filter(o -> o.state() != VerificationState.SUSPENDED)
                .orElseThrow(() -> new OrganizationSuspendedException(-1));
    }
}
