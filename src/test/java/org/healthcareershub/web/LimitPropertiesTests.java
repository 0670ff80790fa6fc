package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class LimitPropertiesTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LimitProperties.class)
    static class Limits {}

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Limits.class);

    @Test
    void startsWithTheDocumentedDefaults() {
        context.run(app -> assertThat(app.getBean(LimitProperties.class))
                .isEqualTo(new LimitProperties(30, 5, Duration.ofMinutes(15), 10, 10, 3, 5, 5, 10, 120)));
    }

    @Test
    void bindsEveryLimitFromItsSetting() {
        context.withPropertyValues(
                        "hub.security.sign-in-per-address=60",
                        "hub.security.sign-in-failures-before-lockout=4",
                        "hub.security.lockout=30m",
                        "hub.security.sign-up-per-address=11",
                        "hub.security.email-links-per-address=12",
                        "hub.security.email-links-per-account=2",
                        "hub.security.contact-employer-per-address=7",
                        "hub.security.contact-employer-per-email=3",
                        "hub.security.job-reports-per-address=4",
                        "hub.security.talent-searches-per-organization=7")
                .run(app -> assertThat(app.getBean(LimitProperties.class))
                        .isEqualTo(new LimitProperties(60, 4, Duration.ofMinutes(30), 11, 12, 2, 7, 3, 4, 7)));
    }

    @Test
    void aLimitOfZeroStopsTheStartNamingTheSetting() {
        context.withPropertyValues("hub.security.contact-employer-per-email=0")
                .run(app -> assertThat(app)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("hub.security")
                        .hasMessageContaining("contactEmployerPerEmail")
                        .hasMessageContaining("must be greater than 0"));
    }

    @Test
    void aLockoutThatIsNotADurationStopsTheStartNamingTheSetting() {
        context.withPropertyValues("hub.security.lockout=soon")
                .run(app -> assertThat(app)
                        .getFailure()
                        .hasStackTraceContaining("Failed to bind properties under 'hub.security.lockout'")
                        .rootCause()
                        .hasMessageContaining("'soon' is not a valid duration"));
    }

    @Test
    void aLockoutOfNothingStopsTheStart() {
        context.withPropertyValues("hub.security.lockout=0s")
                .run(app -> assertThat(app)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("lockout")
                        .hasMessageContaining("must be longer than or equal to 1 second"));
    }
}
