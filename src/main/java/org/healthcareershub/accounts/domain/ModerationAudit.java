package org.healthcareershub.accounts.domain;

import org.healthcareershub.accounts.AuditLog;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.employers.Organization;
import org.healthcareershub.jobs.JobPostingUnpublished;
import org.healthcareershub.jobs.JobReportsDismissed;
import org.healthcareershub.jobs.ReportedOrganizationSuspended;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records in the audit log what staff did with reports about job postings (jobs publishes each act; it
 * cannot use accounts). Plain listeners, so the record lands in the acting transaction or undoes it.
 * Subjects name postings and organizations by id; a suspension is recorded as the verification queue
 * records one.
 */
@Component
class ModerationAudit {

    private final AuditLog audit;
    private final EmployerRegistration employers;

    ModerationAudit(AuditLog audit, EmployerRegistration employers) {
        this.audit = audit;
        this.employers = employers;
    }

    @EventListener
    void on(JobReportsDismissed dismissed) {
        audit.record("job-report.dismissed", posting(dismissed.jobPostingId()), "reports: " + dismissed.reports());
    }

    @EventListener
    void on(JobPostingUnpublished unpublished) {
        audit.record("job-posting.unpublished", posting(unpublished.jobPostingId()), unpublished.reason());
    }

    @EventListener
    void on(ReportedOrganizationSuspended suspended) {
        String name =
                employers.find(suspended.employerId()).map(Organization::name).orElse("");
        audit.record(
                "employer.suspended",
                "employer:" + suspended.employerId(),
                name + " (" + posting(suspended.jobPostingId()) + ")");
    }

    private static String posting(long id) {
        return "job-posting:" + id;
    }
}
