package org.healthcareershub.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.healthcareershub.web.LimitProperties;
import org.healthcareershub.web.MovableClock;
import org.junit.jupiter.api.Test;

class ContactLimitTests {

    final MovableClock clock = new MovableClock();
    final ContactLimit limit =
            new ContactLimit(new LimitProperties(30, 5, Duration.ofMinutes(15), 10, 10, 3, 5, 3, 10, 120), clock);

    boolean allows(String clientAddress, String email) {
        return limit.check(clientAddress, email) == ContactLimit.Verdict.ALLOWED;
    }

    @Test
    void anAddressMaySendAFewAnHour() {
        for (int i = 0; i < 5; i++) {
            assertThat(allows("10.2.0.1", "sender" + i + "@example.com")).isTrue();
        }
        assertThat(allows("10.2.0.1", "sender9@example.com")).isFalse();
        assertThat(allows("10.2.0.2", "sender9@example.com")).isTrue();
        clock.advance(Duration.ofMinutes(59));
        assertThat(allows("10.2.0.1", "sender8@example.com")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(allows("10.2.0.1", "sender8@example.com")).isTrue();
    }

    @Test
    void anEmailMaySendAFewAnHourFromAnyAddressWhateverItsCase() {
        assertThat(allows("10.3.0.1", "Ana@Example.com")).isTrue();
        assertThat(allows("10.3.0.2", "ana@example.com")).isTrue();
        assertThat(allows("10.3.0.3", " ANA@EXAMPLE.COM")).isTrue();
        assertThat(allows("10.3.0.4", "ana@example.com")).isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(allows("10.3.0.4", "ana@example.com")).isTrue();
    }
}
