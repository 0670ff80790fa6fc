package org.healthcareershub.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rate limits of the portal, bound from {@code hub.security.*} and checked at start-up, so a limit of
 * zero or a lockout that is not a duration stops the app with the property named instead of locking
 * everyone out. Sign-in, sign-up and emailed links (accounts), contacting an employer (employers),
 * reporting a posting (jobs) and searching for talent (talent) read their allowance here; each module keeps its own buckets.
 *
 * @param signInPerAddress sign-in attempts per client address in 10 minutes
 * @param signInFailuresBeforeLockout failed sign-ins per email that lock it
 * @param lockout how long such a lock lasts (and the window the failures are counted in)
 * @param signUpPerAddress sign-ups per client address in an hour
 * @param emailLinksPerAddress verification and reset emails per client address in an hour
 * @param emailLinksPerAccount verification and reset emails per email address in an hour
 * @param contactEmployerPerAddress "contact this employer" messages per client address in an hour
 * @param contactEmployerPerEmail "contact this employer" messages per sender email in an hour
 * @param jobReportsPerAddress reports about job postings per client address in an hour
 * @param talentSearchesPerOrganization talent searches (each page of results counts) per organization in an hour
 */
@ConfigurationProperties("hub.security")
@Validated
public record LimitProperties(
        @DefaultValue("30") @Positive int signInPerAddress,
        @DefaultValue("5") @Positive int signInFailuresBeforeLockout,

        @DefaultValue("PT15M") @NotNull @DurationMin(seconds = 1)
        Duration lockout,

        @DefaultValue("10") @Positive int signUpPerAddress,
        @DefaultValue("10") @Positive int emailLinksPerAddress,
        @DefaultValue("3") @Positive int emailLinksPerAccount,
        @DefaultValue("5") @Positive int contactEmployerPerAddress,
        @DefaultValue("5") @Positive int contactEmployerPerEmail,
        @DefaultValue("10") @Positive int jobReportsPerAddress,
        @DefaultValue("120") @Positive int talentSearchesPerOrganization) {}
