package org.healthcareershub.careers;

/** Highest education completed, in increasing order. */
public enum EducationLevel {
    NONE,
    HIGH_SCHOOL,
    SOME_COLLEGE,
    ASSOCIATE,
    BACHELOR,
    MASTER;

    public boolean atLeast(EducationLevel required) {
        return required == null || compareTo(required) >= 0;
    }
}
