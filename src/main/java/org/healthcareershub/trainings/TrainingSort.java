package org.healthcareershub.trainings;

/** How results are ordered. Distance needs a place; without one it falls back to relevance. */
public enum TrainingSort {
    RELEVANCE,
    DISTANCE,
    COST,
    LENGTH
}
