package org.healthcareershub.talent.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthcareershub.accounts.Seekers;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.geo.Place;
import org.healthcareershub.talent.AccessLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent search of a verified organization: the seekers it may reach ({@link ReachPolicy}) that match its
 * filters, newest consent first, {@link #PAGE_SIZE} a page and no further than {@link #MAX_PAGES} pages, each
 * shown with only what the seeker allowed. Every seeker on the page shown is recorded in the access log. An
 * organization that is not verified finds nobody.
 *
 * <p>The matches are found in memory from the consenting seekers' rows and profiles: fine for thousands of
 * opted-in seekers, to be moved into a query or an index when there are many more.
 */
@Service
public class TalentSearch {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGES = 10;
    static final int CHUNK = 1000;

    private final Visibilities visibilities;
    private final Seekers seekers;
    private final ReachPolicy policy;
    private final Handles handles;
    private final AccessLog log;
    private final Clock clock;

    TalentSearch(
            Visibilities visibilities,
            Seekers seekers,
            ReachPolicy policy,
            Handles handles,
            AccessLog log,
            Clock clock) {
        this.visibilities = visibilities;
        this.seekers = seekers;
        this.policy = policy;
        this.handles = handles;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    public TalentResults search(HiringOrganization organization, TalentQuery query) {
        int page = Math.max(1, Math.min(query.page(), MAX_PAGES));
        if (!organization.mayPublish()) {
            return new TalentResults(List.of(), 0, false, page, 0);
        }
        Instant now = clock.instant();
        List<Visibility> active = visibilities.findActive(now);
        Map<Long, Seekers.Profile> profiles = profiles(active);
        ReachPolicy.Seeking seeking = policy.seeking(organization);
        int cap = PAGE_SIZE * MAX_PAGES;
        List<Visibility> matches = new ArrayList<>();
        boolean capped = false;
        for (Visibility v : active) {
            Seekers.Profile profile = profiles.get(v.getSeekerId());
            if (policy.allows(v, profile, seeking, now) && matches(v, profile, organization, query)) {
                if (matches.size() == cap) {
                    capped = true;
                    break;
                }
                matches.add(v);
            }
        }
        int pages = (matches.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        List<TalentHit> hits = matches.stream()
                .skip((long) (page - 1) * PAGE_SIZE)
                .limit(PAGE_SIZE)
                .map(v -> hit(v, profiles.get(v.getSeekerId()), organization.id()))
                .toList();
        log.recordSeen(
                organization.id(),
                matches.stream()
                        .skip((long) (page - 1) * PAGE_SIZE)
                        .limit(PAGE_SIZE)
                        .map(Visibility::getSeekerId)
                        .toList());
        return new TalentResults(hits, matches.size(), capped, page, pages);
    }

    /** The profiles of the seekers, read {@link #CHUNK} at a time (a database takes only so many parameters). */
    private Map<Long, Seekers.Profile> profiles(List<Visibility> active) {
        List<Long> ids = active.stream().map(Visibility::getSeekerId).toList();
        Map<Long, Seekers.Profile> profiles = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            profiles.putAll(seekers.profiles(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
        return profiles;
    }

    private boolean matches(Visibility v, Seekers.Profile profile, HiringOrganization organization, TalentQuery query) {
        if (query.region() != null
                && organization.sites().stream()
                        .noneMatch(s -> query.region().equals(s.region()) && policy.covers(v, profile, s))) {
            return false;
        }
        if (query.siteId() != null) {
            Optional<HiringOrganization.Site> site = organization.site(query.siteId());
            if (site.isEmpty() || !policy.covers(v, profile, site.get())) {
                return false;
            }
            // measured only for seekers who show their area, and from its middle, never from the ZIP code
            if (query.miles() != null
                    && (!v.allows(ProfileField.AREA)
                            || site.get().point() == null
                            || policy.areaCentre(profile)
                                    .map(centre -> centre.milesTo(site.get().point()) > query.miles())
                                    .orElse(true))) {
                return false;
            }
        }
        if (query.career() != null && !v.getCareers().contains(query.career())) {
            return false;
        }
        if (query.education() != null
                && (!v.allows(ProfileField.EDUCATION)
                        || profile.education() == null
                        || !profile.education().atLeast(query.education()))) {
            return false;
        }
        if (query.license() != null
                && (!v.allows(ProfileField.LICENSES) || !profile.licenses().contains(query.license()))) {
            return false;
        }
        return query.years() == null
                || (v.allows(ProfileField.EXPERIENCE) && profile.years() != null && profile.years() >= query.years());
    }

    private TalentHit hit(Visibility v, Seekers.Profile profile, long organizationId) {
        Optional<Place> place = v.allows(ProfileField.AREA) ? policy.place(profile) : Optional.empty();
        return new TalentHit(
                handles.of(organizationId, v.getSeekerId()),
                place.map(p -> p.zip().substring(0, 3)).orElse(null),
                place.map(Place::region).orElse(null),
                v.allows(ProfileField.EDUCATION) ? profile.education() : null,
                v.allows(ProfileField.EXPERIENCE) ? profile.years() : null,
                v.allows(ProfileField.LICENSES) ? profile.licenses() : null,
                v.allows(ProfileField.CAREERS) ? profile.careers() : null);
    }
}
