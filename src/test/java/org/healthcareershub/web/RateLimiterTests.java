package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.healthcareershub.web.RateLimiter.Limit;
import org.junit.jupiter.api.Test;

class RateLimiterTests {

    final MovableClock clock = new MovableClock();
    final Limit twoAnHour = new Limit("test", 2, Duration.ofHours(1));
    final RateLimiter limiter = new RateLimiter(clock, 4);

    @Test
    void refusesOnceTheAllowanceIsUsedUntilThePeriodIsOver() {
        assertThat(limiter.tryAcquire(twoAnHour, "a")).isTrue();
        assertThat(limiter.tryAcquire(twoAnHour, "a")).isTrue();
        assertThat(limiter.tryAcquire(twoAnHour, "a")).isFalse();
        clock.advance(Duration.ofMinutes(59));
        assertThat(limiter.tryAcquire(twoAnHour, "a")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire(twoAnHour, "a")).isTrue();
    }

    @Test
    void keysAndLimitsHaveTheirOwnAllowance() {
        Limit other = new Limit("other", 1, Duration.ofHours(1));
        useUp("a");
        assertThat(limiter.tryAcquire(twoAnHour, "b")).isTrue();
        assertThat(limiter.tryAcquire(other, "a")).isTrue();
        assertThat(limiter.tryAcquire(other, "a")).isFalse();
    }

    @Test
    void forgettingAKeyGivesItsAllowanceBack() {
        useUp("a");
        limiter.forget(twoAnHour, "a");
        assertThat(limiter.tryAcquire(twoAnHour, "a")).isTrue();
    }

    @Test
    void forgetsOnlyBucketsThatAreFullAgain() {
        useUp("a");
        limiter.tryAcquire(twoAnHour, "b");
        limiter.forgetIdle();
        assertThat(limiter.size()).isEqualTo(2);
        assertThat(limiter.tryAcquire(twoAnHour, "a")).isFalse();
        clock.advance(Duration.ofHours(1));
        limiter.forgetIdle();
        assertThat(limiter.size()).isZero();
    }

    @Test
    void sweepsIdleBucketsByItselfWhenTheyPileUp() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire(twoAnHour, "key" + i);
        }
        clock.advance(Duration.ofHours(1));
        limiter.tryAcquire(twoAnHour, "late");
        assertThat(limiter.size()).isEqualTo(1);
    }

    private void useUp(String key) {
        while (limiter.tryAcquire(twoAnHour, key)) {
            // until the allowance is gone
        }
    }
}
