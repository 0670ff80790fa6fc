package org.healthcareershub.geo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;
import org.healthcareershub.geo.Place;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class ZipTableGeocoderTests {

    static final CountyRegions regions = new CountyRegions();
    static final ZipTableGeocoder geocoder = new ZipTableGeocoder(regions);

    @Test
    void placesACityAtTheMiddleOfItsZipsInTheCountyOfMostOfThem() {
        Place newYork = geocoder.locate("New York, NY").orElseThrow();
        assertThat(newYork.zip()).isNull();
        assertThat(newYork.county()).isEqualTo("New York");
        assertThat(newYork.region()).isEqualTo("New York City");
        assertThat(newYork.ambiguous()).isFalse();
        // Manhattan's ZIP points average out in Midtown, a few miles from any end of the island.
        assertThat(newYork.point()
                        .milesTo(geocoder.locate("10001").orElseThrow().point()))
                .isLessThan(3);
    }

    @Test
    void keepsASprawlingCityOnePlace() {
        assertThat(geocoder.locate("Houston, TX")).map(Place::ambiguous).contains(false);
        assertThat(geocoder.locate("Houston, TX")).map(Place::region).isEmpty();
    }

    @Test
    void flagsANameSharedByPlacesFarApart() {
        // Two ZIPs named Barrington in Illinois, about 29 miles apart.
        assertThat(geocoder.locate("Barrington, IL")).map(Place::ambiguous).contains(true);
    }

    @Test
    void readsSaintMountAndFortSpelledEitherWay() {
        Place saintJames = geocoder.locate("Saint James, NY").orElseThrow();
        assertThat(geocoder.locate("St. James, NY")).contains(saintJames);
        assertThat(geocoder.locate("st james ny")).contains(saintJames);
        // The table spells this one "Ft Mitchell".
        assertThat(geocoder.locate("Fort Mitchell, KY")).map(Place::city).contains("Ft Mitchell");
    }

    @Test
    void knowsManhattanAsNewYork() {
        Place newYork = geocoder.locate("New York, NY").orElseThrow();
        assertThat(geocoder.locate("Manhattan, NY")).contains(newYork);
        assertThat(geocoder.locate("New York City, NY")).contains(newYork);
        assertThat(geocoder.locate("NYC, NY")).contains(newYork);
    }

    @Test
    void guessesFromTheOnlyCityStartingWithWhatWasTyped() {
        Place saratoga = geocoder.locate("Saratoga, NY").orElseThrow();
        assertThat(saratoga.city()).isEqualTo("Saratoga Springs");
        assertThat(saratoga.ambiguous()).isTrue();
    }

    @Test
    void guessesOnlyWhenTheNameIsClose() {
        assertThat(geocoder.locate("Albny, NY")).map(Place::city).contains("Albany");
        assertThat(geocoder.locate("Rchstr, NY")).isEmpty();
        assertThat(geocoder.locate("Ab, NY")).isEmpty();
        // The right name in the wrong state is not guessed into another state.
        assertThat(geocoder.locate("Poughkeepsie, NJ")).isEmpty();
    }

    @Test
    void givesEveryNewYorkZipARegion() {
        assertThat(Stream.of("10001", "11201", "11501", "12207", "13202", "14202", "14604", "12901"))
                .allSatisfy(zip -> assertThat(geocoder.locate(zip).orElseThrow().region())
                        .as(zip)
                        .isNotNull());
        assertThat(CsvFile.read(ZipTableGeocoder.LOCATION, "zip,city,county,state,lat,lon").stream()
                        .filter(row -> row[3].equals("NY"))
                        .filter(row -> regions.regionOf(row[2], "NY").isEmpty())
                        .map(row -> row[0] + " " + row[2]))
                .isEmpty();
    }

    @Test
    void findsZipsAcrossTheCountry() {
        assertThat(geocoder.locate("90210")).map(Place::state).contains("CA");
        assertThat(geocoder.locate("90210")).map(Place::region).isEmpty();
        assertThat(geocoder.locate("00000")).isEmpty();
    }

    @Test
    void readsTheTableAtTheFirstLookupNotWhenMade() {
        ZipTableGeocoder fresh = new ZipTableGeocoder(regions);
        assertThat(fresh.loaded()).isFalse();
        assertThat(fresh.locate("12207")).map(Place::city).contains("Albany");
        assertThat(fresh.loaded()).isTrue();
    }

    @Test
    void readsTheTableInTheBackgroundOnceTheApplicationHasStarted() throws InterruptedException {
        ZipTableGeocoder fresh = new ZipTableGeocoder(regions);
        fresh.loadInBackground().join();
        assertThat(fresh.loaded()).isTrue();
        assertThat(fresh.locate("Albany, NY")).map(Place::county).contains("Albany");
    }

    @Test
    void failsEveryLookupAtOnceAndSaysSoOnceTheTableCouldNotBeRead() throws InterruptedException {
        int[] reads = {0};
        CountyRegions broken = new CountyRegions() {
            @Override
            public Optional<String> regionOf(String county, String state) {
                reads[0]++;
                throw new IllegalStateException("broken county table");
            }
        };
        ZipTableGeocoder fresh = new ZipTableGeocoder(broken);
        ZipTableHealth health = new ZipTableHealth(fresh);
        assertThat(health.health(false).getStatus()).isEqualTo(Status.UP);

        fresh.loadInBackground().join();

        assertThat(fresh.loaded()).isFalse();
        assertThat(health.health(false).getStatus()).isEqualTo(Status.DOWN);
        assertThatThrownBy(() -> fresh.locate("12207")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> fresh.locate("Albany, NY")).isInstanceOf(IllegalStateException.class);
        assertThat(reads[0]).isEqualTo(1);
    }

    @Test
    void countsEditsUpToALimit() {
        assertThat(ZipTableGeocoder.editDistance("rochestr", "rochester", 2)).isEqualTo(1);
        assertThat(ZipTableGeocoder.editDistance("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(ZipTableGeocoder.editDistance("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(ZipTableGeocoder.editDistance("abc", "abc", 0)).isZero();
    }
}
