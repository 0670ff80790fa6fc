package org.healthcareershub.employers.web;

import org.healthcareershub.employers.domain.EmployerPortal;
import org.healthcareershub.employers.domain.PortalRules;

/** A site as typed in the portal (a new one or changes to one); {@link PortalRules} checks and geocodes it. */
record EditSiteForm(String name, String street, String city, String zip) {

    static final EditSiteForm EMPTY = new EditSiteForm("", "", "", "");

    static EditSiteForm of(EmployerPortal.SiteView s) {
        return new EditSiteForm(s.name(), s.street() == null ? "" : s.street(), s.city(), s.zip());
    }

    PortalRules.SiteInput input() {
        return new PortalRules.SiteInput(name, street, city, zip);
    }
}
