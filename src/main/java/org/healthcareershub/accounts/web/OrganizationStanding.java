package org.healthcareershub.accounts.web;

import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.employers.Organization;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives an EMPLOYER's account page its own organization's standing (waiting, verified, rejected with the
 * reason, suspended). The organization comes from the signed-in account only, never from the request, so
 * no one can see another's. Kept apart from AccountController so the account page can grow independently.
 */
@ControllerAdvice(assignableTypes = AccountController.class)
class OrganizationStanding {

    private final EmployerRegistration employers;

    OrganizationStanding(EmployerRegistration employers) {
        this.employers = employers;
    }

    @ModelAttribute("organization")
    Organization organization(@AuthenticationPrincipal SignedInAccount account) {
        if (account == null || account.role() != Role.EMPLOYER || account.employerId() == null) {
            return null;
        }
        return employers.find(account.employerId()).orElse(null);
    }
}
