package org.healthcareershub.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.accounts.domain.SeekerProfile;
import org.healthcareershub.accounts.domain.SeekerProfiles;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (talent) may read about seekers: the profile a seeker keeps, and where and in which
 * language to mail them. Only active SEEKER accounts are answered for: a suspended account, or an account of
 * another role, is as good as absent. A profile never holds the email address; that is {@link #mailbox}'s,
 * kept apart so a page listing profiles cannot show it by mistake.
 */
@Service
@Transactional(readOnly = true)
public class Seekers {

    /** A seeker's profile; anything but the id may be missing. {@code careers} are career slugs. */
    public record Profile(
            long accountId,
            String zip,
            EducationLevel education,
            Set<License> licenses,
            Integer years,
            Set<String> careers) {

        public Profile {
            licenses = licenses == null ? Set.of() : Set.copyOf(licenses);
            careers = careers == null ? Set.of() : Set.copyOf(careers);
        }
    }

    /** Where mail to a seeker goes, and the language ("en", "es") it is written in. */
    public record Mailbox(String email, String language) {

        @Override
        public String toString() {
            return "Mailbox[" + language + "]";
        }
    }

    private final Accounts accounts;
    private final SeekerProfiles profiles;

    Seekers(Accounts accounts, SeekerProfiles profiles) {
        this.accounts = accounts;
        this.profiles = profiles;
    }

    /** The profile of an active seeker (empty details when they told nothing); empty for anyone else. */
    public Optional<Profile> profile(long accountId) {
        return profiles(List.of(accountId)).values().stream().findFirst();
    }

    /** The profiles of the active seekers among these accounts, by account id; others are left out. */
    public Map<Long, Profile> profiles(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, SeekerProfile> stored = profiles.findAllById(accountIds).stream()
                .collect(Collectors.toMap(SeekerProfile::getAccountId, Function.identity()));
        return accounts.findAllById(accountIds).stream()
                .filter(Seekers::activeSeeker)
                .map(a -> of(a.getId(), stored.get(a.getId())))
                .collect(Collectors.toMap(Profile::accountId, Function.identity()));
    }

    /** Where to mail an active seeker; empty for anyone else. */
    public Optional<Mailbox> mailbox(long accountId) {
        return accounts.findById(accountId)
                .filter(Seekers::activeSeeker)
                .map(a -> new Mailbox(a.getEmail(), a.getPreferredLanguage()));
    }

    private static boolean activeSeeker(Account account) {
        return account.getRole() == Role.SEEKER && account.getStatus() == Account.Status.ACTIVE;
    }

    private static Profile of(long accountId, SeekerProfile p) {
        return p == null
                ? new Profile(accountId, null, null, null, null, null)
                : new Profile(
                        accountId,
                        p.getZip(),
                        p.getEducationLevel(),
                        p.getLicenses(),
                        p.getYearsExperience(),
                        p.getCareers());
    }
}
