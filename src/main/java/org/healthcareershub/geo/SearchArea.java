package org.healthcareershub.geo;

import java.util.Optional;

/**
 * The "near" place and the radius of a search as a person typed them, read the same way by every search:
 * the place found and the miles to search within, and a message key for each that was wrong (the search
 * then runs without the place, or within the default radius). {@code near} and {@code radius} are the text
 * as typed, stripped, null when blank, and cut to a length a page can show back in its field;
 * {@code lookup} is null when no place was typed.
 */
public record SearchArea(String near, String radius, Lookup lookup, Radius miles) {

    static final int MAX_NEAR = 100;
    static final int MAX_RADIUS = 10;

    static SearchArea read(String near, String radius, Geography geography) {
        String nearText = blankToNull(near);
        String radiusText = blankToNull(radius);
        return new SearchArea(
                cut(nearText, MAX_NEAR),
                cut(radiusText, MAX_RADIUS),
                nearText == null ? null : geography.lookup(nearText),
                Radius.read(radiusText));
    }

    /** The place to search around; empty when none was typed or none was found. */
    public Optional<Place> place() {
        return lookup == null ? Optional.empty() : lookup.found();
    }

    /** The message key saying why no place was found for the typed text; empty otherwise. */
    public Optional<String> nearProblem() {
        return lookup == null ? Optional.empty() : lookup.problem();
    }

    /** The message key saying why the typed radius was not used; empty when it was, or none was typed. */
    public Optional<String> radiusProblem() {
        return Optional.ofNullable(miles.errorKey());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
