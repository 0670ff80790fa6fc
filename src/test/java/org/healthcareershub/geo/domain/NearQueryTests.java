package org.healthcareershub.geo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearQueryTests {

    @Test
    void readsZipsAndZipPlus4() {
        assertThat(NearQuery.parse("12207")).contains(new NearQuery.Zip("12207"));
        assertThat(NearQuery.parse(" 12207-1234\t")).contains(new NearQuery.Zip("12207"));
        assertThat(NearQuery.parse("122071234")).isEmpty();
        assertThat(NearQuery.parse("12207-")).isEmpty();
        assertThat(NearQuery.parse("1220７")).isEmpty();
    }

    @Test
    void readsCityAndStateWithOrWithoutAComma() {
        NearQuery.CityState albany = new NearQuery.CityState("Albany", "NY");
        assertThat(NearQuery.parse("Albany, NY")).contains(albany);
        assertThat(NearQuery.parse("Albany,NY")).contains(albany);
        assertThat(NearQuery.parse("Albany ny")).contains(albany);
        assertThat(NearQuery.parse("Albany, N.Y.")).contains(albany);
        assertThat(NearQuery.parse("Albany, new  york")).contains(albany);
        assertThat(NearQuery.parse("New   York New York")).contains(new NearQuery.CityState("New York", "NY"));
        assertThat(NearQuery.parse("St. James, NY")).contains(new NearQuery.CityState("St. James", "NY"));
        assertThat(NearQuery.parse("Charleston West Virginia")).contains(new NearQuery.CityState("Charleston", "WV"));
    }

    @Test
    void readsStateCodesThatLookLikeAbbreviations() {
        assertThat(NearQuery.parse("Helena, MT")).contains(new NearQuery.CityState("Helena", "MT"));
    }

    @Test
    void refusesTextInNeitherForm() {
        assertThat(NearQuery.parse(null)).isEmpty();
        assertThat(NearQuery.parse(" ")).isEmpty();
        assertThat(NearQuery.parse("Albany")).isEmpty();
        assertThat(NearQuery.parse("New York")).isEmpty();
        assertThat(NearQuery.parse(", NY")).isEmpty();
        assertThat(NearQuery.parse("Albany, ")).isEmpty();
        assertThat(NearQuery.parse("Albany, XX")).isEmpty();
        assertThat(NearQuery.parse("12 Main St, Albany, NY")).isEmpty();
        assertThat(NearQuery.parse("<script>, NY")).isEmpty();
        assertThat(NearQuery.parse("A".repeat(98) + " NY")).isEmpty();
    }
}
