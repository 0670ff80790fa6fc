package org.healthcareershub.talent;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The limits of outreach ({@code hub.talent.outreach.*}), checked at start-up.
 *
 * @param perOrganizationPerDay messages one organization may send in a day (New York's calendar), all its
 *     people together
 */
@ConfigurationProperties("hub.talent.outreach")
@Validated
public record OutreachProperties(
        @DefaultValue("25") @Positive int perOrganizationPerDay) {}
