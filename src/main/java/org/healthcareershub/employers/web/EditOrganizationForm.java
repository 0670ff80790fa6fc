package org.healthcareershub.employers.web;

import java.util.List;
import org.healthcareershub.employers.domain.EmployerPortal;
import org.healthcareershub.employers.domain.PortalRules;

/** The organization's profile as typed in the portal; {@link PortalRules} checks it. */
record EditOrganizationForm(
        String description, String website, List<String> settings, List<String> careers, List<String> languages) {

    EditOrganizationForm {
        settings = settings == null ? List.of() : List.copyOf(settings);
        careers = careers == null ? List.of() : List.copyOf(careers);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    static EditOrganizationForm of(EmployerPortal.ProfileView p) {
        return new EditOrganizationForm(
                p.description() == null ? "" : p.description(),
                p.website() == null ? "" : p.website(),
                p.settings(),
                p.careers(),
                p.languages());
    }

    PortalRules.ProfileInput input() {
        return new PortalRules.ProfileInput(description, website, settings, careers, languages);
    }
}
