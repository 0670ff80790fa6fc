package org.healthcareershub.accounts.domain;

import java.util.List;
import java.util.Set;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and changing a seeker's profile, together with the name and language on their account. */
@Service
public class ProfileSettings {

    /** A profile as pages show and forms change it; anything but the name may be missing. */
    public record Profile(
            String name,
            String zip,
            EducationLevel education,
            Set<License> licenses,
            Integer years,
            Set<String> careers,
            String language) {

        public Profile {
            licenses = licenses == null ? Set.of() : Set.copyOf(licenses);
            careers = careers == null ? Set.of() : Set.copyOf(careers);
        }

        /** Whether the seeker told anything beyond their name and language. */
        public boolean isEmpty() {
            return zip == null && education == null && licenses.isEmpty() && years == null && careers.isEmpty();
        }
    }

    private final Accounts accounts;
    private final SeekerProfiles profiles;

    ProfileSettings(Accounts accounts, SeekerProfiles profiles) {
        this.accounts = accounts;
        this.profiles = profiles;
    }

    @Transactional(readOnly = true)
    public Profile load(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        return profiles.findById(accountId)
                .map(p -> new Profile(
                        account.getDisplayName(),
                        p.getZip(),
                        p.getEducationLevel(),
                        p.getLicenses(),
                        p.getYearsExperience(),
                        p.getCareers(),
                        account.getPreferredLanguage()))
                .orElseGet(() -> new Profile(
                        account.getDisplayName(), null, null, null, null, null, account.getPreferredLanguage()));
    }

    /** Stores a profile the form already checked. */
    @Transactional
    public void save(long accountId, Profile profile) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.setDisplayName(profile.name());
        account.setPreferredLanguage(profile.language());
        SeekerProfile stored =
                profiles.findById(accountId).orElseGet(() -> profiles.save(new SeekerProfile(accountId)));
        stored.update(
                profile.zip(),
                profile.education(),
                profile.licenses(),
                profile.years(),
                List.copyOf(profile.careers()));
    }
}
