package org.healthcareershub.geo;

import java.util.Objects;

/**
 * A located ZIP code or city. {@code zip} is null for a city-level place; {@code region} is the New
 * York economic development region, null outside New York; {@code ambiguous} says the geocoder had to
 * guess (a misspelled name, or several far-apart places with the same name), so a page can say which
 * place it used.
 */
public record Place(
        String zip, String city, String county, String state, GeoPoint point, String region, boolean ambiguous) {

    public Place {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(point, "point");
    }

    /** "Albany, NY" for a city, "Albany, NY 12207" for a ZIP code. */
    public String label() {
        return zip == null ? city + ", " + state : city + ", " + state + " " + zip;
    }
}
