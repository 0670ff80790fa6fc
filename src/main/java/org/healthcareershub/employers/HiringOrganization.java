package org.healthcareershub.employers;

import java.util.List;
import java.util.Optional;
import org.healthcareershub.geo.GeoPoint;

/**
 * An organization as the job board needs it: who posts, whether it may publish, where it works and where
 * mail about its postings goes; {@code careers} are the slugs of the careers it
 * hires for; {@code sites} are its open sites only (a closed site can take no new posting). {@code
 * contactEmail} may be null.
 */
public record HiringOrganization(
        long id,
        String slug,
        String name,
        String website,
        String contactEmail,
        VerificationState state,
        boolean sample,
        List<String> careers,
        List<Site> sites) {

    public HiringOrganization {
        careers = List.copyOf(careers);
        sites = List.copyOf(sites);
    }

    /** Only a verified organization is public, so only it may publish openings. */
    public boolean mayPublish() {
        return state == VerificationState.VERIFIED;
    }

    /** One of this organization's sites; empty for a site of another organization. */
    public Optional<Site> site(long siteId) {
        return sites.stream().filter(s -> s.id() == siteId).findFirst();
    }

    /** A place where the organization works, located by the geocoder. */
    public record Site(
            long id,
            String name,
            String street,
            String city,
            String zip,
            String county,
            String region,
            GeoPoint point) {}
}
