package org.healthcareershub.talent.web;

import org.healthcareershub.employers.PortalSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The employer portal's link to the talent search. */
@Component
@Order(7)
class TalentPortalSection implements PortalSection {

    @Override
    public String titleKey() {
        return "talent.search.title";
    }

    @Override
    public String descriptionKey() {
        return "talent.search.portalDescription";
    }

    @Override
    public String href() {
        return "/employer/talent";
    }
}
