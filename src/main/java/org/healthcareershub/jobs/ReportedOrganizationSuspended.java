package org.healthcareershub.jobs;

/**
 * Staff suspended an organization from the reports about one of its postings; all its published postings
 * leave the board in the same transaction (through {@link org.healthcareershub.employers.OrganizationStandingChanged}).
 * Published in that transaction, so a listener that fails (the audit log) undoes it.
 */
public record ReportedOrganizationSuspended(long employerId, long jobPostingId) {}
