package org.healthcareershub.talent.domain;

import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;

/**
 * An organization's talent search, read and checked: every filter may be null. {@code region} keeps seekers
 * who allow one of the organization's sites in that region; {@code siteId} keeps seekers who allow that site; with
 * {@code miles} (one of {@link #RADII}) only those who show their area and whose ZIP code's area (the middle of
 * its first three digits, never the ZIP code itself) is within that many miles of it; {@code career} is a career slug
 * the seeker wants to hear about. The education, license and experience filters keep only seekers who let
 * organizations see that detail, so a hidden detail never decides a result. {@code page} counts from 1.
 */
public record TalentQuery(
        String region,
        Long siteId,
        Integer miles,
        String career,
        EducationLevel education,
        License license,
        Integer years,
        int page) {

    /** The distances an organization may search within, in miles. */
    public static final java.util.List<Integer> RADII = java.util.List.of(10, 25, 50, 100);
}
