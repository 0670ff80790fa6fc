package org.healthcareershub.employers;

/**
 * A rejected organization fixed its profile and asked staff to look again; it waits in the verification
 * queue once more. Published inside the resubmitting transaction, so a listener (the audit log) that fails
 * undoes it.
 */
public record OrganizationResubmitted(long employerId) {}
