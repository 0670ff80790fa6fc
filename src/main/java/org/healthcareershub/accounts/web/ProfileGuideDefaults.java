package org.healthcareershub.accounts.web;

import java.util.Optional;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.ProfileSettings;
import org.healthcareershub.trainings.GuideDefaults;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The training guide's answers from a signed-in seeker's profile (the first career of interest). */
@Component
class ProfileGuideDefaults implements GuideDefaults {

    private final ProfileSettings profiles;

    ProfileGuideDefaults(ProfileSettings profiles) {
        this.profiles = profiles;
    }

    @Override
    public Optional<Answers> forCurrentVisitor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInAccount me) || me.role() != Role.SEEKER) {
            return Optional.empty();
        }
        ProfileSettings.Profile p = profiles.load(me.id());
        if (p.isEmpty()) {
            return Optional.empty();
        }
        String career = p.careers().stream().sorted().findFirst().orElse(null);
        return Optional.of(new Answers(career, p.education(), p.licenses(), p.years(), p.zip()));
    }
}
