package org.healthcareershub.jobs;

/** Why an organization took a posting down before its closing date. */
public enum CloseReason {
    FILLED,
    WITHDRAWN
}
