package org.healthcareershub.employers;

/**
 * Staff verified, rejected or suspended an organization; published in the transaction that changed it, so
 * modules that show its content (job postings) can take it down with a plain {@code @EventListener} before
 * it commits.
 */
public record OrganizationStandingChanged(long employerId, VerificationState state) {}
