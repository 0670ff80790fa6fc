package org.healthcareershub.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.healthcareershub.geo.domain.CountyRegions;
import org.healthcareershub.geo.domain.ZipTableGeocoder;
import org.junit.jupiter.api.Test;

class GeographyTests {

    static final CountyRegions regions = new CountyRegions();
    static final Geography geography = new Geography(new ZipTableGeocoder(regions), regions);

    @Test
    void findsAZip() {
        Place albany = found("12207");
        assertThat(albany.zip()).isEqualTo("12207");
        assertThat(albany.city()).isEqualTo("Albany");
        assertThat(albany.county()).isEqualTo("Albany");
        assertThat(albany.region()).isEqualTo("Capital Region");
        assertThat(albany.ambiguous()).isFalse();
        assertThat(albany.label()).isEqualTo("Albany, NY 12207");
    }

    @Test
    void readsAZipPlus4AsItsZip() {
        assertThat(found("12207-1234")).isEqualTo(found("12207"));
        assertThat(found(" 12207 ")).isEqualTo(found("12207"));
    }

    @Test
    void findsACityForgivingCaseSpacesAndAMissingComma() {
        Place albany = found("Albany, NY");
        assertThat(albany.zip()).isNull();
        assertThat(albany.label()).isEqualTo("Albany, NY");
        assertThat(albany.county()).isEqualTo("Albany");
        assertThat(albany.region()).isEqualTo("Capital Region");
        assertThat(albany.ambiguous()).isFalse();
        assertThat(albany.point().milesTo(found("12207").point())).isLessThan(3);

        assertThat(found("albany,  ny")).isEqualTo(albany);
        assertThat(found("Albany NY")).isEqualTo(albany);
        assertThat(found("  ALBANY ,NY ")).isEqualTo(albany);
        assertThat(found("Albany, New York")).isEqualTo(albany);
        assertThat(found("Albany New York")).isEqualTo(albany);
    }

    @Test
    void measuresNewYorkCityToAlbanyAsAbout134Miles() {
        assertThat(found("10001").city()).isEqualTo("New York");
        assertThat(found("10001").point().milesTo(found("12207").point())).isCloseTo(134, within(3.0));
    }

    @Test
    void measuresNearbyZipsAsNearby() {
        // Downtown Rochester and Fairport, its suburb to the east.
        double miles = found("14604").point().milesTo(found("14450").point());
        assertThat(miles).isBetween(5.0, 15.0);
    }

    @Test
    void guessesAMisspelledCityAndSaysSo() {
        Place rochester = found("Rochestr, NY");
        assertThat(rochester.city()).isEqualTo("Rochester");
        assertThat(rochester.county()).isEqualTo("Monroe");
        assertThat(rochester.region()).isEqualTo("Finger Lakes");
        assertThat(rochester.ambiguous()).isTrue();
        assertThat(found("Rochester, NY").ambiguous()).isFalse();
    }

    @Test
    void saysAWellFormedButUnknownPlaceIsUnknown() {
        assertThat(geography.lookup("00000")).isEqualTo(new Lookup.NotFound("geo.near.unknown"));
        assertThat(geography.lookup("Xqzzyville, NY")).isEqualTo(new Lookup.NotFound("geo.near.unknown"));
    }

    @Test
    void saysTextThatIsNotAZipOrCityAndStateIsInvalid() {
        Lookup invalid = new Lookup.NotFound("geo.near.invalid");
        assertThat(geography.lookup("abc")).isEqualTo(invalid);
        assertThat(geography.lookup("")).isEqualTo(invalid);
        assertThat(geography.lookup("   ")).isEqualTo(invalid);
        assertThat(geography.lookup(null)).isEqualTo(invalid);
        assertThat(geography.lookup("1220")).isEqualTo(invalid);
        assertThat(geography.lookup("12207-12")).isEqualTo(invalid);
        assertThat(geography.lookup("Albany")).isEqualTo(invalid);
        assertThat(geography.lookup("Albany, ZZ")).isEqualTo(invalid);
        assertThat(geography.lookup("12207, NY")).isEqualTo(invalid);
        assertThat(geography.lookup("Albany, NY".repeat(200))).isEqualTo(invalid);
        assertThat(geography.lookup("x".repeat(2_000))).isEqualTo(invalid);
    }

    @Test
    void saysItsOwnProblemSoReadersNeedNotTellTheKindsApart() {
        assertThat(geography.lookup("12207").problem()).isEmpty();
        assertThat(geography.lookup("12207").found()).map(Place::zip).contains("12207");
        assertThat(geography.lookup("abc").problem()).contains("geo.near.invalid");
        assertThat(geography.lookup("abc").found()).isEmpty();
        assertThat(geography.lookup("00000").problem()).contains("geo.near.unknown");
        assertThat(geography.lookup("00000").found()).isEmpty();
    }

    @Test
    void readsASearchAreaAsTypedWithAProblemForEachBadPart() {
        SearchArea albany = geography.area(" 12207 ", " 30 ");
        assertThat(albany.near()).isEqualTo("12207");
        assertThat(albany.radius()).isEqualTo("30");
        assertThat(albany.place()).map(Place::zip).contains("12207");
        assertThat(albany.miles().miles()).isEqualTo(30);
        assertThat(albany.nearProblem()).isEmpty();
        assertThat(albany.radiusProblem()).isEmpty();

        SearchArea bad = geography.area("Atlantis, ZZ", "-5");
        assertThat(bad.place()).isEmpty();
        assertThat(bad.nearProblem()).isEqualTo(geography.lookup("Atlantis, ZZ").problem());
        assertThat(bad.radiusProblem()).contains("geo.radius.invalid");
        assertThat(bad.miles().miles()).isEqualTo(Radius.DEFAULT);
        assertThat(geography.area("00000", null).nearProblem()).contains("geo.near.unknown");
    }

    @Test
    void readsABlankSearchAreaAsEverywhereWithinTheDefaultRadius() {
        SearchArea everywhere = geography.area("  ", null);
        assertThat(everywhere.near()).isNull();
        assertThat(everywhere.radius()).isNull();
        assertThat(everywhere.place()).isEmpty();
        assertThat(everywhere.nearProblem()).isEmpty();
        assertThat(everywhere.radiusProblem()).isEmpty();
        assertThat(everywhere.miles().miles()).isEqualTo(Radius.DEFAULT);
    }

    @Test
    void cutsLongSearchAreaTextToALengthAPageCanShowBack() {
        SearchArea area = geography.area("x".repeat(2_000), "1".repeat(50));
        assertThat(area.near()).hasSize(100);
        assertThat(area.radius()).hasSize(10);
        assertThat(area.nearProblem()).contains("geo.near.invalid");
        assertThat(area.radiusProblem()).contains("geo.radius.invalid");
    }

    @Test
    void findsZipsOnly() {
        assertThat(geography.zip("12207")).map(Place::label).contains("Albany, NY 12207");
        assertThat(geography.zip("12207-1234")).map(Place::zip).contains("12207");
        assertThat(geography.zip("00000")).isEmpty();
        assertThat(geography.zip("Albany, NY")).isEmpty();
        assertThat(geography.zip(null)).isEmpty();
    }

    @Test
    void listsTheZipsOfTheRegionsInZipOrder() {
        var zips = geography.regionZips();
        assertThat(zips).hasSizeGreaterThan(1500).contains(found("12207"));
        assertThat(zips).allSatisfy(place -> {
            assertThat(place.state()).isEqualTo("NY");
            assertThat(geography.regions()).contains(place.region());
        });
        assertThat(zips).extracting(Place::zip).isSorted();
    }

    @Test
    void namesTheRegionOfANewYorkCounty() {
        assertThat(geography.regionOf("Albany", "NY")).contains("Capital Region");
        assertThat(geography.regionOf("Kings", "NY")).contains("New York City");
        assertThat(geography.regionOf("Erie", "NY")).contains("Western New York");
        assertThat(geography.regionOf("erie county", "New York")).contains("Western New York");
        assertThat(geography.regionOf("Saint Lawrence", "NY")).contains("North Country");
        assertThat(geography.regionOf("Erie", "PA")).isEmpty();
        assertThat(geography.regionOf("Nowhere", "NY")).isEmpty();
        assertThat(geography.regionOf(null, "NY")).isEmpty();
    }

    @Test
    void listsTheTenRegionsAlphabetically() {
        assertThat(geography.regions())
                .hasSize(10)
                .isSorted()
                .doesNotHaveDuplicates()
                .contains("Capital Region", "Long Island", "New York City", "North Country");
    }

    private static Place found(String near) {
        Lookup lookup = geography.lookup(near);
        assertThat(lookup).as(near).isInstanceOf(Lookup.Found.class);
        return ((Lookup.Found) lookup).place();
    }
}
