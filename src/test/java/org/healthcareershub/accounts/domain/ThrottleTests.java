package org.healthcareershub.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottleTests {

    final Throttle throttle = new Throttle(3, 2, Duration.ofMinutes(15), 2, 2, 1);

    @Test
    void signInAttemptsArePerClientAddress() {
        assertThat(throttle.trySignIn("10.0.0.1")).isTrue();
        assertThat(throttle.trySignIn("10.0.0.1")).isTrue();
        assertThat(throttle.trySignIn("10.0.0.1")).isTrue();
        assertThat(throttle.trySignIn("10.0.0.1")).isFalse();
        assertThat(throttle.trySignIn("10.0.0.2")).isTrue();
    }

    @Test
    void repeatedFailuresLockAnEmailForAWhileAndASuccessForgetsThem() {
        assertThat(throttle.failedSignIn("Ana@Example.com")).isZero();
        throttle.signedIn("ana@example.com");
        assertThat(throttle.failedSignIn("ana@example.com")).isZero();
        Duration locked = throttle.failedSignIn("ANA@example.com ");
        assertThat(locked).isGreaterThan(Duration.ofMinutes(14)).isLessThanOrEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("ana@example.com")).isPositive();
        assertThat(throttle.lockedFor("bo@example.com")).isZero();
    }

    @Test
    void emailLinksAreLimitedPerAddressAndPerEmail() {
        assertThat(throttle.tryEmailLink("10.0.0.3", "a@example.com")).isTrue();
        assertThat(throttle.tryEmailLink("10.0.0.4", "a@example.com")).isFalse();
        assertThat(throttle.tryEmailLink("10.0.0.3", "b@example.com")).isTrue();
        assertThat(throttle.tryEmailLink("10.0.0.3", "c@example.com")).isFalse();
    }

    @Test
    void idleBucketsAreForgotten() {
        assertThat(throttle.trySignUp("10.0.0.5")).isTrue();
        assertThat(throttle.trySignUp("10.0.0.5")).isTrue();
        assertThat(throttle.trySignUp("10.0.0.5")).isFalse();
        throttle.forgetIdle();
        assertThat(throttle.trySignUp("10.0.0.5")).isFalse();
    }
}
