package org.healthcareershub.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class LocationTests {

    static final GeoPoint ALBANY = new GeoPoint(42.6526, -73.7562);
    static final Place ZIP_12207 = new Place("12207", "Albany", "Albany", "NY", ALBANY, "Capital Region", false);

    @Test
    void takesCityStateZipRegionAndPointFromTheZipsPlace() {
        Location location = Location.at("1 Example Street", null, ZIP_12207);

        assertThat(location)
                .isEqualTo(new Location("1 Example Street", "Albany", "NY", "12207", "Capital Region", ALBANY));
    }

    @Test
    void aCityGivenForTheRecordWinsOverTheZipsCity() {
        assertThat(Location.at(null, "Menands", ZIP_12207).city()).isEqualTo("Menands");
    }

    @Test
    void writesTheLineUnderTheStreet() {
        assertThat(Location.at(null, null, ZIP_12207).cityLine()).isEqualTo("Albany, NY 12207");
        assertThat(new Location(null, "Albany", "NY", null, null, ALBANY).cityLine())
                .isEqualTo("Albany, NY");
    }

    @Test
    void aLocationIsAlwaysSomewhereOnTheMap() {
        assertThatNullPointerException()
                .isThrownBy(() -> new Location("1 Example Street", "Albany", "NY", "12207", null, null));
    }
}
