package org.healthcareershub.talent.domain;

import java.util.Set;

/**
 * What a seeker allows, checked by {@link VisibilityRules}: where organizations may be to find them (some of
 * New York's regions, or within {@code radiusMiles} of the ZIP code of their profile: exactly one of the two
 * is set), the careers they want to hear about (career slugs, at least one), the profile details shown, and
 * for how many days (30, 90 or 180; null when a seeker changing their terms keeps the end date they have).
 */
public record VisibilityTerms(
        Set<String> regions, Integer radiusMiles, Set<String> careers, Set<ProfileField> fields, Integer days) {

    public VisibilityTerms {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        careers = Set.copyOf(careers);
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        if (regions.isEmpty() == (radiusMiles == null)) {
            throw new IllegalArgumentException("Either regions or a radius");
        }
    }

    public boolean byDistance() {
        return radiusMiles != null;
    }
}
