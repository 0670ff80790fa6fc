package org.healthcareershub.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTests {

    static final GeoPoint MIDTOWN_MANHATTAN = new GeoPoint(40.7484, -73.9967);
    static final GeoPoint DOWNTOWN_ALBANY = new GeoPoint(42.6526, -73.7562);

    @Test
    void measuresGreatCircleMiles() {
        assertThat(MIDTOWN_MANHATTAN.milesTo(DOWNTOWN_ALBANY)).isCloseTo(134, within(3.0));
        // A quarter of a meridian is a quarter of the Earth's circumference.
        assertThat(new GeoPoint(0, 0).milesTo(new GeoPoint(90, 0)))
                .isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_MILES / 2, within(0.001));
    }

    @Test
    void aPointIsNoDistanceFromItself() {
        assertThat(DOWNTOWN_ALBANY.milesTo(DOWNTOWN_ALBANY)).isZero();
    }

    @Test
    void distanceIsTheSameBothWays() {
        assertThat(DOWNTOWN_ALBANY.milesTo(MIDTOWN_MANHATTAN)).isEqualTo(MIDTOWN_MANHATTAN.milesTo(DOWNTOWN_ALBANY));
    }

    @Test
    void measuresOppositeSidesOfTheEarthAsHalfItsCircumference() {
        assertThat(new GeoPoint(40, -74).milesTo(new GeoPoint(-40, 106)))
                .isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_MILES, within(0.01));
    }

    @Test
    void rejectsCoordinatesOffTheEarth() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(91, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(0, -181));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(Double.NaN, 0));
    }
}
