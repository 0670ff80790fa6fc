package org.healthcareershub.trainings;

/** When classes meet. */
public enum Schedule {
    DAYTIME,
    EVENINGS,
    WEEKENDS,
    SELF_PACED
}
