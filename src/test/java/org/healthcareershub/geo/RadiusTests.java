package org.healthcareershub.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RadiusTests {

    @Test
    void readsWholeMilesWithinRange() {
        assertThat(Radius.read("15")).isEqualTo(new Radius(15, null));
        assertThat(Radius.read(" 250 ").miles()).isEqualTo(250);
        assertThat(Radius.read(null)).isEqualTo(new Radius(Radius.DEFAULT, null));
    }

    @Test
    void fallsBackToTheDefaultWithAReason() {
        for (String bad : new String[] {"-5", "0", "251", "ten", "9999999999999"}) {
            Radius radius = Radius.read(bad);
            assertThat(radius.miles()).as(bad).isEqualTo(Radius.DEFAULT);
            assertThat(radius.isValid()).as(bad).isFalse();
            assertThat(radius.errorKey()).isEqualTo("geo.radius.invalid");
        }
    }
}
