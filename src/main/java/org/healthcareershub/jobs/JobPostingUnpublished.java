package org.healthcareershub.jobs;

/**
 * Staff took a published posting down (it is CLOSED, {@link CloseReason#UNPUBLISHED}) for {@code reason},
 * which its organization is told. Published in the transaction that closes it, so a listener that fails
 * (the audit log) undoes it.
 */
public record JobPostingUnpublished(long jobPostingId, long employerId, String reason) {}
