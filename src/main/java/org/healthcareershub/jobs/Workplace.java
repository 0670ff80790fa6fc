package org.healthcareershub.jobs;

/** Where the work is done: at a site, remotely (with a home site), or both. */
public enum Workplace {
    ON_SITE,
    HYBRID,
    REMOTE
}
