package org.healthcareershub.geo;

import java.util.Objects;

/**
 * Where a record is: its own street address (the street may be unknown), city, state, ZIP, New York region
 * (null outside New York) and point on the map. Trainings hold one, and employer sites and job postings
 * are meant to. A {@link Place} is something else: what a looked-up ZIP code or "City, ST" means, perhaps
 * a guess, with no street; {@link #at} turns the place found for a record's ZIP into the record's location.
 */
public record Location(String street, String city, String state, String zip, String region, GeoPoint point) {

    public Location {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(point, "point");
    }

    /** {@code street} at the place found for a ZIP code; {@code city} overrides the ZIP's own city when given. */
    public static Location at(String street, String city, Place place) {
        return new Location(
                street, city == null ? place.city() : city, place.state(), place.zip(), place.region(), place.point());
    }

    /** "Albany, NY 12207", or "Albany, NY" when the ZIP is unknown: the line under the street. */
    public String cityLine() {
        return zip == null ? city + ", " + state : city + ", " + state + " " + zip;
    }
}
