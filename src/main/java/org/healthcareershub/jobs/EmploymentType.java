package org.healthcareershub.jobs;

/** How a job is held; the names are also schema.org's (Google's) employmentType values. */
public enum EmploymentType {
    FULL_TIME,
    PART_TIME,
    PER_DIEM,
    TEMPORARY
}
