package org.healthcareershub.accounts.web;

import java.util.List;
import org.healthcareershub.accounts.domain.ProfileSettings;

/** The profile form as typed; {@link ProfileController} checks it. */
record EditProfileForm(
        String name,
        String zip,
        String education,
        List<String> license,
        String years,
        List<String> career,
        String language) {

    EditProfileForm {
        license = license == null ? List.of() : List.copyOf(license);
        career = career == null ? List.of() : List.copyOf(career);
    }

    static EditProfileForm of(ProfileSettings.Profile p) {
        return new EditProfileForm(
                p.name(),
                p.zip() == null ? "" : p.zip(),
                p.education() == null ? "" : p.education().name(),
                p.licenses().stream().map(Enum::name).toList(),
                p.years() == null ? "" : p.years().toString(),
                List.copyOf(p.careers()),
                p.language());
    }
}
