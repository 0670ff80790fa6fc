package org.healthcareershub.jobs;

/** What a pay figure is per. */
public enum PayUnit {
    HOUR,
    YEAR
}
