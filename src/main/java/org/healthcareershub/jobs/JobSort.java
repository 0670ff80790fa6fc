package org.healthcareershub.jobs;

/** How results are ordered. Distance needs a place; without one it falls back to relevance. */
public enum JobSort {
    RELEVANCE,
    DISTANCE,
    NEWEST,
    PAY
}
