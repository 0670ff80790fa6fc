package org.healthcareershub.employers;

import java.util.List;

/** One employer in the results, with the site nearest the searched place (or its first site). */
public record EmployerHit(
        String slug,
        String name,
        String description,
        List<String> settings,
        String nearestTown,
        Double distanceMiles,
        int siteCount,
        List<SitePoint> sites,
        boolean sample) {

    /** A site on the results map. */
    public record SitePoint(String name, String town, double latitude, double longitude) {}
}
