package org.healthcareershub.geo;

import java.util.Optional;

/** Turns what a person typed into a place. The default reads the ZIP table; a street-address geocoder can replace it. */
public interface Geocoder {

    /**
     * The place for a 5-digit ZIP, a ZIP+4 ("12207-1234") or "City, ST" (also "City ST"; case and
     * extra spaces forgiven), or empty when there is no such place or the text is in none of these forms.
     */
    Optional<Place> locate(String query);
}
