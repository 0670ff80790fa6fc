package org.healthcareershub.jobs;

/** What a visitor says is wrong with a posting they report. */
public enum ReportReason {
    MISLEADING,
    DISCRIMINATORY,
    WRONG_PAY,
    SCAM,
    DUPLICATE,
    OTHER
}
