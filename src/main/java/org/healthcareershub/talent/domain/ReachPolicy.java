package org.healthcareershub.talent.domain;

import java.time.Instant;
import java.util.Optional;
import org.healthcareershub.accounts.Seekers;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.geo.Place;
import org.springframework.stereotype.Component;

/**
 * Whether an organization may find and reach a seeker: the one place that decides it, for the search and for
 * messages alike. The seeker's visibility is on, not paused and not past its end; the seeker's account is an
 * active seeker's (a profile was found); the organization is verified; and one of its open sites is where the
 * seeker allows (in one of their regions, or within their radius of their profile's ZIP code). And the seeker
 * has not blocked the organization (outreach's {@link Blocks}; checked last, when all else allows).
 */
@Component
public class ReachPolicy {

    private final Geography geography;
    private final Blocks blocks;

    ReachPolicy(Geography geography, Blocks blocks) {
        this.geography = geography;
        this.blocks = blocks;
    }

    public boolean allows(
            Visibility visibility, Seekers.Profile profile, HiringOrganization organization, Instant now) {
        return visibility != null
                && profile != null
                && organization != null
                && visibility.isActiveAt(now)
                && organization.mayPublish()
                && organization.sites().stream().anyMatch(site -> covers(visibility, profile, site))
                && !blocks.existsById(new Block.Key(visibility.getSeekerId(), organization.id()));
    }

    /** Whether the site is where the seeker allows organizations to be. */
    public boolean covers(Visibility visibility, Seekers.Profile profile, HiringOrganization.Site site) {
        if (visibility.getRadiusMiles() == null) {
            return site.region() != null && visibility.getRegions().contains(site.region());
        }
        return site.point() != null
                && home(profile)
                        .map(p -> p.milesTo(site.point()) <= visibility.getRadiusMiles())
                        .orElse(false);
    }

    /** The point of the seeker's profile ZIP code; empty when they gave none or it is unknown. */
    public Optional<GeoPoint> home(Seekers.Profile profile) {
        return place(profile).map(Place::point);
    }

    /** The place of the seeker's profile ZIP code; empty when they gave none or it is unknown. */
    public Optional<Place> place(Seekers.Profile profile) {
        return profile == null || profile.zip() == null ? Optional.empty() : geography.zip(profile.zip());
    }
}
