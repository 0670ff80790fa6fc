package org.healthcareershub.talent;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the talent module ({@code hub.talent.*}).
 *
 * @param handleSecret the secret the pseudonymous handles are derived from (at least 32 characters); when
 *     blank, a random one is made once and kept in {@code ${hub.data-dir}/talent-handle.key}, so handles stay
 *     the same across restarts of one installation. Changing it changes every handle.
 */
@ConfigurationProperties("hub.talent")
public record TalentProperties(String handleSecret) {}
