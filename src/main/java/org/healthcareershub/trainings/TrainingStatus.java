package org.healthcareershub.trainings;

/** Only published programs are public. */
public enum TrainingStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
