package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MovableClockTests {

    @Test
    void aClockInAnotherZoneMovesWithTheOriginal() {
        MovableClock clock = new MovableClock();
        Clock newYork = clock.withZone(ZoneId.of("America/New_York"));
        clock.advance(Duration.ofHours(2));

        assertThat(newYork.instant()).isEqualTo(clock.instant());
        assertThat(newYork.getZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(newYork.withZone(ZoneId.of("UTC")).instant()).isEqualTo(clock.instant());
    }
}
