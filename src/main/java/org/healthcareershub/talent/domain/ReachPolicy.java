package org.healthcareershub.talent.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.healthcareershub.accounts.Seekers;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.geo.Place;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.JobStatus;
import org.springframework.stereotype.Component;

/**
 * Whether an organization may find and reach a seeker: the one place that decides it, for the search and for
 * messages alike. The seeker's visibility is on, not paused and not past its end; the seeker's account is an
 * active seeker's (a profile was found); the organization is verified; it hires for at least one of the careers
 * the seeker chose ({@link #careersOf}); one of its open sites is where the seeker allows (in one of their
 * regions, or within their radius of their profile's ZIP code); and the seeker has not blocked the organization
 * (outreach's {@link Blocks}). What belongs to the organization alone (its careers, who blocked it) is read once
 * into a {@link Seeking}, so a search asks the database once, not once per seeker.
 */
@Component
public class ReachPolicy {

    private final Geography geography;
    private final Blocks blocks;
    private final JobEditor postings;
    private volatile Map<String, GeoPoint> areaCentres;

    ReachPolicy(Geography geography, Blocks blocks, JobEditor postings) {
        this.geography = geography;
        this.blocks = blocks;
        this.postings = postings;
    }

    /** What the policy needs to know about an organization, read once for a search or a message. */
    public record Seeking(HiringOrganization organization, Set<String> careers, Set<Long> blockedBy) {}

    /** The organization with its careers and the seekers who blocked it. */
    public Seeking seeking(HiringOrganization organization) {
        return new Seeking(organization, careersOf(organization), blocks.findSeekersBlocking(organization.id()));
    }

    /**
     * The careers an organization hires for: those recorded for it, or, when none are recorded (an organization
     * that signed up records none until staff add them), the careers of its published postings. An organization
     * with neither hires for no career a seeker chose, so it reaches nobody.
     */
    public Set<String> careersOf(HiringOrganization organization) {
        if (!organization.careers().isEmpty()) {
            return Set.copyOf(organization.careers());
        }
        return postings.postingsOf(organization.id()).stream()
                .filter(p -> p.status() == JobStatus.PUBLISHED && !p.gone() && p.careerSlug() != null)
                .map(p -> p.careerSlug())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public boolean allows(
            Visibility visibility, Seekers.Profile profile, HiringOrganization organization, Instant now) {
        return visibility != null
                && profile != null
                && organization != null
                && allows(visibility, profile, seeking(organization), now);
    }

    public boolean allows(Visibility visibility, Seekers.Profile profile, Seeking seeking, Instant now) {
        HiringOrganization organization = seeking.organization();
        return visibility != null
                && profile != null
                && visibility.isActiveAt(now)
                && organization.mayPublish()
                && !Collections.disjoint(visibility.getCareers(), seeking.careers())
                && organization.sites().stream().anyMatch(site -> covers(visibility, profile, site))
                && !seeking.blockedBy().contains(visibility.getSeekerId());
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

    /**
     * The middle of the seeker's ZIP code's area (the mean of the points of New York's ZIP codes sharing its
     * first three digits): what an organization's distance filter measures from, so that no choice of radius
     * or site tells the exact ZIP code. Empty without a known New York ZIP code.
     */
    public Optional<GeoPoint> areaCentre(Seekers.Profile profile) {
        if (profile == null || profile.zip() == null || profile.zip().length() < 3) {
            return Optional.empty();
        }
        Map<String, GeoPoint> centres = areaCentres;
        if (centres == null) {
            Map<String, GeoPoint> computed = new ConcurrentHashMap<>();
            geography.regionZips().stream()
                    .collect(Collectors.groupingBy(p -> p.zip().substring(0, 3)))
                    .forEach((prefix, places) -> computed.put(
                            prefix,
                            new GeoPoint(
                                    places.stream()
                                            .mapToDouble(p -> p.point().latitude())
                                            .average()
                                            .orElseThrow(),
                                    places.stream()
                                            .mapToDouble(p -> p.point().longitude())
                                            .average()
                                            .orElseThrow())));
            centres = computed;
            areaCentres = computed;
        }
        return Optional.ofNullable(centres.get(profile.zip().substring(0, 3)));
    }

    /** The place of the seeker's profile ZIP code; empty when they gave none or it is unknown. */
    public Optional<Place> place(Seekers.Profile profile) {
        return profile == null || profile.zip() == null ? Optional.empty() : geography.zip(profile.zip());
    }
}
