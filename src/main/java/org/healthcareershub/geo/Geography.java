package org.healthcareershub.geo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.healthcareershub.geo.domain.CountyRegions;
import org.healthcareershub.geo.domain.NearQuery;
import org.springframework.stereotype.Service;

/**
 * Where things are: what a person's "near" text means, ZIP codes, and New York's economic development
 * regions. Distance between places is {@link GeoPoint#milesTo(GeoPoint)}.
 *
 * <p>Places come from the {@link Geocoder} bean (by default the ZIP table shipped with the app). Every
 * method answers for any input, null included: bad text is a {@link Lookup.NotFound} or an empty result,
 * never an exception.
 */
@Service
public final class Geography {

    static final String INVALID = "geo.near.invalid";
    static final String UNKNOWN = "geo.near.unknown";

    private final Geocoder geocoder;
    private final CountyRegions countyRegions;

    Geography(Geocoder geocoder, CountyRegions countyRegions) {
        this.geocoder = geocoder;
        this.countyRegions = countyRegions;
    }

    /**
     * What {@code near} names: a 5-digit ZIP, a ZIP+4 or "City, ST" (also "City ST" or "City, New York";
     * case and extra spaces forgiven). Not found, with the problem {@code geo.near.invalid}, when it is in
     * none of these forms, blank or over 100 characters; with {@code geo.near.unknown} when it is well
     * formed but names no known place. A found place may be a guess (a misspelled city): see
     * {@link Place#ambiguous()}.
     */
    public Lookup lookup(String near) {
        if (NearQuery.parse(near).isEmpty()) {
            return new Lookup.NotFound(INVALID);
        }
        return geocoder.locate(near).<Lookup>map(Lookup.Found::new).orElseGet(() -> new Lookup.NotFound(UNKNOWN));
    }

    /**
     * A search's "near" text and radius as typed, both optional: blank near searches everywhere, blank
     * radius is {@link Radius#DEFAULT} miles. Every search page and API reads its area here, so they
     * agree on what is wrong with it.
     */
    public SearchArea area(String near, String radius) {
        return SearchArea.read(near, radius, this);
    }

    /** The place of a ZIP code (a ZIP+4 is read as its first five digits); empty for anything else. */
    public Optional<Place> zip(String zip5) {
        if (NearQuery.parse(zip5).filter(NearQuery.Zip.class::isInstance).isEmpty()) {
            return Optional.empty();
        }
        return geocoder.locate(zip5);
    }

    /**
     * Every known ZIP code in one of the regions (New York's are 10001 to 14999), in ZIP order, which keeps
     * neighbouring places mostly near each other.
     */
    public List<Place> regionZips() {
        return IntStream.rangeClosed(10001, 14999)
                .mapToObj(zip -> geocoder.locate(String.format(Locale.ROOT, "%05d", zip)))
                .flatMap(Optional::stream)
                .filter(place -> place.region() != null)
                .toList();
    }

    /** New York's 10 Regional Economic Development Council regions, in alphabetical order. */
    public List<String> regions() {
        return countyRegions.regions();
    }

    /**
     * The region of a county ("Albany", "Albany County", "St. Lawrence") in a state ("NY" or "New York");
     * empty for counties outside the region table (every state but New York).
     */
    public Optional<String> regionOf(String county, String state) {
        return countyRegions.regionOf(county, state);
    }
}
