package org.healthcareershub.jobs;

/** A suspended organization tried to change its postings; it may change nothing until staff lift it. */
public class OrganizationSuspendedException extends RuntimeException {

    public OrganizationSuspendedException(long employerId) {
        super("Employer " + employerId + " is suspended");
    }
}
