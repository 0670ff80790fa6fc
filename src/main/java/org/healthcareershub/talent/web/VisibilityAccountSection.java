package org.healthcareershub.talent.web;

import org.healthcareershub.accounts.AccountSection;
import org.healthcareershub.accounts.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The seeker's link, on their account's home, to their visibility to employers and its access log. */
@Component
@Order(1)
class VisibilityAccountSection implements AccountSection {

    @Override
    public String titleKey() {
        return "talent.visibility.title";
    }

    @Override
    public String descriptionKey() {
        return "talent.visibility.accountDescription";
    }

    @Override
    public String href() {
        return "/account/visibility";
    }

    @Override
    public boolean offeredTo(Role role) {
        return role == Role.SEEKER;
    }
}
