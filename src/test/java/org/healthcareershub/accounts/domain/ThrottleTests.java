package org.healthcareershub.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.healthcareershub.web.LimitProperties;
import org.healthcareershub.web.MovableClock;
import org.junit.jupiter.api.Test;

class ThrottleTests {

    final MovableClock clock = new MovableClock();
    final Throttle throttle = new Throttle(new LimitProperties(3, 2, Duration.ofMinutes(15), 2, 2, 1, 5, 5), clock);

    @Test
    void signInAttemptsArePerClientAddress() {
        assertThat(throttle.trySignIn("10.0.0.1")).isTrue();
        assertThat(throttle.trySignIn("10.0.0.1")).isTrue();
        assertThat(throttle.trySignIn("10.0.0.1")).isTrue();
        assertThat(throttle.trySignIn("10.0.0.1")).isFalse();
        assertThat(throttle.trySignIn("10.0.0.2")).isTrue();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.trySignIn("10.0.0.1")).isTrue();
    }

    @Test
    void repeatedFailuresLockAnEmailForAWhileAndASuccessForgetsThem() {
        assertThat(throttle.failedSignIn("Ana@Example.com")).isZero();
        throttle.signedIn("ana@example.com");
        assertThat(throttle.failedSignIn("ana@example.com")).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.failedSignIn("ANA@example.com ")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("bo@example.com")).isZero();
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.lockedFor("ana@example.com")).isEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("ana@example.com")).isZero();
    }

    @Test
    void emailLinksAreLimitedPerAddressAndPerEmail() {
        assertThat(throttle.tryEmailLink("10.0.0.3", "a@example.com")).isTrue();
        assertThat(throttle.tryEmailLink("10.0.0.4", "a@example.com")).isFalse();
        assertThat(throttle.tryEmailLink("10.0.0.3", "b@example.com")).isTrue();
        assertThat(throttle.tryEmailLink("10.0.0.3", "c@example.com")).isFalse();
    }

    @Test
    void forgettingIdleBucketsKeepsTheOnesStillCounting() {
        assertThat(throttle.trySignUp("10.0.0.5")).isTrue();
        assertThat(throttle.trySignUp("10.0.0.5")).isTrue();
        assertThat(throttle.trySignUp("10.0.0.5")).isFalse();
        throttle.forgetIdle();
        assertThat(throttle.trySignUp("10.0.0.5")).isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(throttle.trySignUp("10.0.0.5")).isTrue();
    }
}
