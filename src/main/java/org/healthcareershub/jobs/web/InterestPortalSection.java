package org.healthcareershub.jobs.web;

import org.healthcareershub.employers.PortalSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The employer portal's link to the interest people expressed in the organization's postings. */
@Component
@Order(6)
class InterestPortalSection implements PortalSection {

    @Override
    public String titleKey() {
        return "interest.employer.title";
    }

    @Override
    public String descriptionKey() {
        return "interest.employer.portalDescription";
    }

    @Override
    public String href() {
        return "/employer/interest";
    }
}
