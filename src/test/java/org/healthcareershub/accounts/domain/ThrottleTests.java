package org.healthcareershub.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.healthcareershub.web.LimitProperties;
import org.healthcareershub.web.MovableClock;
import org.junit.jupiter.api.Test;

class ThrottleTests {

    final MovableClock clock = new MovableClock();
    final Throttle throttle =
            new Throttle(new LimitProperties(3, 2, Duration.ofMinutes(15), 2, 2, 1, 5, 5, 10, 120), clock);

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
        assertThat(throttle.failedSignIn("Ana@Example.com").lockedFor()).isZero();
        throttle.signedIn("ana@example.com");
        assertThat(throttle.failedSignIn("ana@example.com").lockedFor()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.failedSignIn("ANA@example.com ").lockedFor()).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("bo@example.com")).isZero();
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.lockedFor("ana@example.com")).isEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("ana@example.com")).isZero();
    }

    @Test
    void onlyTheFailureThatLocksAnEmailSaysSoOncePerLock() {
        Throttle.Failure first = throttle.failedSignIn("cy@example.com");
        assertThat(first.lockedNow()).isFalse();
        assertThat(first.attempts()).isEqualTo(2);
        Throttle.Failure locking = throttle.failedSignIn("cy@example.com");
        assertThat(locking.lockedNow()).isTrue();
        assertThat(locking.lockedFor()).isEqualTo(Duration.ofMinutes(15));
        // failures that reach the count while the lock holds (requests racing the lock) do not report it again
        throttle.failedSignIn("cy@example.com");
        assertThat(throttle.failedSignIn("cy@example.com").lockedNow()).isFalse();
        clock.advance(Duration.ofMinutes(15));
        throttle.failedSignIn("cy@example.com");
        assertThat(throttle.failedSignIn("cy@example.com").lockedNow()).isTrue();
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
