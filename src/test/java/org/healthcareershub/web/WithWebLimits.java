package org.healthcareershub.web;

import java.time.Clock;
import java.time.Duration;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * For a module test whose module limits requests: the rate-limit settings (at their defaults) and the clock
 * that the web module gives the running app, which a module started alone does not have.
 */
public abstract class WithWebLimits {

    @TestBean
    LimitProperties limitProperties;

    @TestBean
    Clock clock;

    static LimitProperties limitProperties() {
        return new LimitProperties(30, 5, Duration.ofMinutes(15), 10, 10, 3, 5, 5, 10, 120);
    }

    static Clock clock() {
        return Clock.systemUTC();
    }
}
