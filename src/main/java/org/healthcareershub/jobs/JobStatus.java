package org.healthcareershub.jobs;

/** Where a posting is in its life; only PUBLISHED postings are public. */
public enum JobStatus {
    DRAFT,
    PUBLISHED,
    EXPIRED,
    CLOSED
}
