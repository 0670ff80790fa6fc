package org.healthcareershub.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest
class GeographyModuleTests {

    @Autowired
    Geography geography;

    @Test
    void startsOnItsOwnWithTheZipTableAsItsGeocoder() {
        assertThat(geography.lookup("12207")).isInstanceOf(Lookup.Found.class);
        assertThat(geography.regions()).hasSize(10);
    }
}
