package org.healthcareershub.talent.web;

import org.healthcareershub.employers.PortalSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The employer portal's link to the messages the organization sent to job seekers. */
@Component
@Order(8)
class OutreachPortalSection implements PortalSection {

    @Override
    public String titleKey() {
        return "talent.outreach.sent.title";
    }

    @Override
    public String descriptionKey() {
        return "talent.outreach.sent.portalDescription";
    }

    @Override
    public String href() {
        return OutreachController.MESSAGES;
    }
}
