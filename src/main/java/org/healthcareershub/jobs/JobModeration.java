package org.healthcareershub.jobs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.jobs.domain.JobPosting;
import org.healthcareershub.jobs.domain.JobPostingRules;
import org.healthcareershub.jobs.domain.JobPostings;
import org.healthcareershub.jobs.domain.JobReport;
import org.healthcareershub.jobs.domain.JobReports;
import org.healthcareershub.jobs.domain.ModerationRules;
import org.healthcareershub.notifications.Mailer;
import org.healthcareershub.notifications.OrganizationMessage;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports about postings and what staff do with them. Anyone may report an open posting (a reason from
 * {@link ReportReason} and an optional note; a few an hour per client address); reports wait OPEN in the
 * staff queue, grouped by posting, until staff dismiss them, take the posting down with a reason its
 * organization is told by email, or suspend the organization, which takes all its postings down at once.
 * Each staff act publishes an event ({@link JobReportsDismissed}, {@link JobPostingUnpublished},
 * {@link ReportedOrganizationSuspended}) in its transaction, which the audit log records. Logs name
 * postings and organizations by id and never hold a note.
 */
@Service
public class JobModeration {

    /** How many reported postings the queue shows at once, the longest-waiting first. */
    public static final int QUEUE_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(JobModeration.class);

    private final JobPostings postings;
    private final JobReports reports;
    private final JobReportLimit limit;
    private final HiringOrganizations organizations;
    private final EmployerRegistration registration;
    private final ApplicationEventPublisher events;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Site site;
    private final Clock clock;
    private final TransactionTemplate transactions;

    JobModeration(
            JobPostings postings,
            JobReports reports,
            JobReportLimit limit,
            HiringOrganizations organizations,
            EmployerRegistration registration,
            ApplicationEventPublisher events,
            Mailer mailer,
            MessageSource messages,
            Site site,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.postings = postings;
        this.reports = reports;
        this.limit = limit;
        this.organizations = organizations;
        this.registration = registration;
        this.events = events;
        this.mailer = mailer;
        this.messages = messages;
        this.site = site;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What a report came to. */
    public enum Outcome {
        REPORTED,
        /** What was typed has problems (then nothing is kept). */
        REFUSED,
        /** The client address has reported enough this hour (nothing is kept). */
        RATE_LIMITED
    }

    public record Reported(Outcome outcome, FieldErrors errors) {}

    /** One report as staff see it. */
    public record Report(ReportReason reason, String note, Instant reportedAt) {}

    /**
     * A posting with its open reports, the first reported first, and what staff may still do: take it down
     * (it is published or expired) or suspend its organization (not suspended or rejected already).
     */
    public record ReportedPosting(
            long postingId,
            String title,
            long employerId,
            String employerName,
            JobStatus status,
            CloseReason closeReason,
            boolean open,
            VerificationState organizationState,
            List<Report> reports) {

        public boolean mayUnpublish() {
            return status == JobStatus.PUBLISHED || status == JobStatus.EXPIRED;
        }

        public boolean maySuspend() {
            return organizationState != VerificationState.SUSPENDED && organizationState != VerificationState.REJECTED;
        }

        /** How many reports give each reason, in the order of {@link ReportReason}. */
        public Map<ReportReason, Long> reasons() {
            Map<ReportReason, Long> counts = new EnumMap<>(ReportReason.class);
            reports.forEach(r -> counts.merge(r.reason(), 1L, Long::sum));
            return counts;
        }
    }

    /**
     * Reports an open posting (a draft, a posting gone or an unknown id is not found). The note is kept as
     * typed (line breaks as LF) and never logged.
     */
    @Transactional
    public Reported report(long postingId, ModerationRules.ReportInput input, String clientAddress) {
        JobPosting posting = postings.findById(postingId)
                .filter(p -> p.isOpen(today()))
                .orElseThrow(() -> new JobNotFoundException(postingId));
        ModerationRules.CheckedReport checked = ModerationRules.report(input);
        if (!checked.ok()) {
            return new Reported(Outcome.REFUSED, checked.errors());
        }
        if (!limit.tryReport(clientAddress)) {
            log.info("Report about job posting {} refused: the client address reached its limit", postingId);
            return new Reported(Outcome.RATE_LIMITED, checked.errors());
        }
        reports.save(new JobReport(posting.id(), checked.reason(), checked.note(), clock.instant()));
        log.info("Job posting {} reported ({})", postingId, checked.reason());
        return new Reported(Outcome.REPORTED, checked.errors());
    }

    /** How many reports wait for staff. */
    @Transactional(readOnly = true)
    public long openCount() {
        return reports.countByStatus(JobReport.Status.OPEN);
    }

    /** The postings with open reports, the longest-waiting first (at most {@value #QUEUE_SIZE}). */
    @Transactional(readOnly = true)
    public List<ReportedPosting> queue() {
        List<Long> ids = reports.postingIdsWith(JobReport.Status.OPEN, PageRequest.of(0, QUEUE_SIZE));
        Map<Long, List<Report>> byPosting = new LinkedHashMap<>();
        ids.forEach(id -> byPosting.put(id, new ArrayList<>()));
        for (JobReport r : reports.findByPostingIdInAndStatusOrderByCreatedAtAscIdAsc(ids, JobReport.Status.OPEN)) {
            byPosting.get(r.postingId()).add(new Report(r.reason(), r.note(), r.createdAt()));
        }
        Map<Long, JobPosting> found = new LinkedHashMap<>();
        postings.findAllById(ids).forEach(p -> found.put(p.id(), p));
        Map<Long, VerificationState> states = new LinkedHashMap<>();
        return byPosting.entrySet().stream()
                .filter(e -> found.containsKey(e.getKey()))
                .map(e -> reported(
                        found.get(e.getKey()),
                        states.computeIfAbsent(found.get(e.getKey()).employerId(), this::state),
                        e.getValue()))
                .toList();
    }

    /** A posting, whatever its state, with its open reports (maybe none); unknown ids are not found. */
    @Transactional(readOnly = true)
    public ReportedPosting reported(long postingId) {
        JobPosting posting = postings.findById(postingId).orElseThrow(() -> new JobNotFoundException(postingId));
        List<Report> open = reports.findByPostingIdAndStatus(postingId, JobReport.Status.OPEN).stream()
                .map(r -> new Report(r.reason(), r.note(), r.createdAt()))
                .toList();
        return reported(posting, state(posting.employerId()), open);
    }

    /** Closes the posting's open reports as dismissed; how many (none: nothing is recorded). */
    @Transactional
    public int dismiss(long postingId) {
        List<JobReport> open = reports.findByPostingIdAndStatus(postingId, JobReport.Status.OPEN);
        if (open.isEmpty()) {
            return 0;
        }
        handle(open, JobReport.Status.DISMISSED);
        events.publishEvent(new JobReportsDismissed(postingId, open.size()));
        log.info("Dismissed {} reports about job posting {}", open.size(), postingId);
        return open.size();
    }

    /**
     * Takes a published or expired posting down for {@code reason} (required; the problems with it, and
     * nothing changes, when it has any): it is closed, its page answers 410, its open reports are acted on,
     * and once that has committed its organization is mailed the reason. Throws IllegalStateException when
     * the posting is already closed (or a draft).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public FieldErrors unpublish(long postingId, String reason) {
        FieldErrors errors = ModerationRules.takedown(reason);
        if (!errors.isEmpty()) {
            return errors;
        }
        String why = ModerationRules.text(reason);
        Notice notice = transactions.execute(status -> {
            JobPosting posting = postings.findById(postingId).orElseThrow(() -> new JobNotFoundException(postingId));
            posting.unpublish(why, clock.instant());
            handle(reports.findByPostingIdAndStatus(postingId, JobReport.Status.OPEN), JobReport.Status.ACTED);
            events.publishEvent(new JobPostingUnpublished(postingId, posting.employerId(), why));
            log.info("Job posting {} of employer {} taken down by staff", postingId, posting.employerId());
            return notice(posting, why);
        });
        if (notice != null) {
            // staff's reason, in the words they typed, follows once after both languages
            OrganizationMessage mail = OrganizationMessage.of(
                            messages, "jobs.mail.unpublished.subject", "jobs.mail.unpublished.body", notice.args())
                    .quoting(messages, "jobs.mail.unpublished.why", why);
            mailer.send(notice.to(), mail.subject(), mail.body());
        }
        return errors;
    }

    /**
     * Suspends the organization of a reported posting: every published posting of its leaves the board in
     * the same transaction, and the open reports about all its postings are acted on. Returns its name;
     * throws IllegalStateException when it is suspended or rejected already.
     */
    @Transactional
    public String suspendOrganization(long postingId) {
        JobPosting posting = postings.findById(postingId).orElseThrow(() -> new JobNotFoundException(postingId));
        String name = registration.suspend(posting.employerId()).name();
        List<JobReport> open = reports.findOfEmployer(posting.employerId(), JobReport.Status.OPEN);
        // the suspension closed its postings (until staff verify it again); the reported ones stay down for good
        Instant now = clock.instant();
        open.stream()
                .map(JobReport::postingId)
                .distinct()
                .forEach(id -> postings.findById(id).ifPresent(reported -> reported.keepDown(now)));
        handle(open, JobReport.Status.ACTED);
        events.publishEvent(new ReportedOrganizationSuspended(posting.employerId(), postingId));
        log.info("Employer {} suspended by staff over reports about job posting {}", posting.employerId(), postingId);
        return name;
    }

    private record Notice(String to, Object[] args) {}

    /** The mail that tells the organization why; none for sample data or an organization without an address. */
    private Notice notice(JobPosting posting, String why) {
        if (posting.sample()) {
            return null;
        }
        String to = organizations
                .find(posting.employerId())
                .map(HiringOrganization::contactEmail)
                .orElse(null);
        if (to == null) {
            log.info(
                    "Job posting {} taken down; employer {} has no address to tell",
                    posting.id(),
                    posting.employerId());
            return null;
        }
        return new Notice(to, new Object[] {posting.title(), why, site.absolute("/employer/jobs"), site.name()});
    }

    private void handle(List<JobReport> open, JobReport.Status outcome) {
        Instant now = clock.instant();
        open.forEach(r -> r.handle(outcome, now));
    }

    private VerificationState state(long employerId) {
        return organizations.find(employerId).map(HiringOrganization::state).orElse(VerificationState.SUSPENDED);
    }

    private ReportedPosting reported(JobPosting p, VerificationState state, List<Report> open) {
        return new ReportedPosting(
                p.id(),
                p.title(),
                p.employerId(),
                p.employerName(),
                p.status(),
                p.closeReason(),
                p.isOpen(today()),
                state,
                List.copyOf(open));
    }

    private LocalDate today() {
        return JobPostingRules.today(clock);
    }
}
