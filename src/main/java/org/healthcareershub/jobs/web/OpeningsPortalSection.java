package org.healthcareershub.jobs.web;

import org.healthcareershub.employers.PortalSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The employer portal's link to the organization's job postings. */
@Component
@Order(5)
class OpeningsPortalSection implements PortalSection {

    @Override
    public String titleKey() {
        return "jobs.employer.title";
    }

    @Override
    public String descriptionKey() {
        return "jobs.employer.portalDescription";
    }

    @Override
    public String href() {
        return "/employer/jobs";
    }
}
