package org.healthcareershub.accounts.web;

import org.healthcareershub.employers.PortalSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The employer portal's link to the organization's people. */
@Component
@Order(10)
class ColleaguesSection implements PortalSection {

    @Override
    public String titleKey() {
        return "colleagues.title";
    }

    @Override
    public String descriptionKey() {
        return "colleagues.description";
    }

    @Override
    public String href() {
        return "/employer/colleagues";
    }
}
