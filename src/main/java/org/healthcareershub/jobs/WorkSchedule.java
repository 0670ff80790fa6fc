package org.healthcareershub.jobs;

/** When the work happens; a posting may name several. */
public enum WorkSchedule {
    DAYS,
    EVENINGS,
    NIGHTS,
    WEEKENDS,
    ROTATING
}
