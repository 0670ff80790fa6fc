package org.healthcareershub.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.employers.OrganizationStandingChanged;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.jobs.domain.JobDetails;
import org.healthcareershub.jobs.domain.JobPosting;
import org.healthcareershub.jobs.domain.JobPostingInput;
import org.healthcareershub.jobs.domain.JobPostingRules;
import org.healthcareershub.jobs.domain.JobPostings;
import org.healthcareershub.notifications.Mailer;
import org.healthcareershub.notifications.OrganizationMessage;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An organization's postings through their life: drafts are written and changed, published (only by a
 * verified organization), closed (filled or withdrawn) and renewed; {@link #expireDue} and
 * {@link #remindDue} are what the scheduled job runs. Every method that names a posting takes the acting
 * organization's id: another organization's posting is not found.
 */
@Service
@Transactional
public class JobEditor {

    /** How many days before the closing date the organization is reminded. */
    public static final int REMIND_DAYS_BEFORE = 7;

    private static final Logger log = LoggerFactory.getLogger(JobEditor.class);

    private final JobPostings postings;
    private final HiringOrganizations organizations;
    private final JobPostingRules rules;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Site site;
    private final Clock clock;
    private final TransactionTemplate transactions;

    JobEditor(
            JobPostings postings,
            HiringOrganizations organizations,
            JobPostingRules rules,
            Mailer mailer,
            MessageSource messages,
            Site site,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.postings = postings;
        this.organizations = organizations;
        this.rules = rules;
        this.mailer = mailer;
        this.messages = messages;
        this.site = site;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What saving a posting gave: its id, or the problems with what was typed (then nothing is saved). */
    public record Saved(Long id, FieldErrors errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** What publishing gave. */
    public enum Publication {
        PUBLISHED,
        /** The organization is not verified: it is told what it waits for. */
        NOT_VERIFIED,
        /** Only a draft can be published. */
        NOT_A_DRAFT
    }

    /** Saves a new draft of {@code employerId}'s. */
    public Saved createDraft(long employerId, JobPostingInput input) {
        HiringOrganization organization = writer(employerId);
        JobPostingRules.Checked checked = rules.check(input, organization);
        if (!checked.ok()) {
            return new Saved(null, checked.errors());
        }
        JobPosting posting = postings.save(new JobPosting(organization, checked.details(), clock.instant()));
        log.info("Job posting {} drafted by employer {}", posting.id(), employerId);
        return new Saved(posting.id(), checked.errors());
    }

    /**
     * Changes what a draft or published posting says; a published posting keeps its closing date (moving it
     * is {@link #renew}, which checks the organization may still publish). Closed and expired postings are
     * not edited.
     */
    public Saved update(long employerId, long id, JobPostingInput input) {
        HiringOrganization organization = writer(employerId);
        JobPosting posting = owned(employerId, id);
        if (posting.status() != JobStatus.DRAFT && posting.status() != JobStatus.PUBLISHED) {
            return new Saved(id, new FieldErrors().add("title", "jobs.error.update.notEditable"));
        }
        JobPostingInput kept = posting.status() == JobStatus.DRAFT
                ? input
                : input.withClosingDate(posting.closingDate().toString());
        JobPostingRules.Checked checked = rules.check(kept, organization);
        if (!checked.ok()) {
            return new Saved(id, checked.errors());
        }
        posting.describe(checked.details(), clock.instant());
        return new Saved(id, checked.errors());
    }

    public Publication publish(long employerId, long id) {
        HiringOrganization organization = writer(employerId);
        JobPosting posting = owned(employerId, id);
        if (!organization.mayPublish()) {
            return Publication.NOT_VERIFIED;
        }
        if (posting.status() != JobStatus.DRAFT) {
            return Publication.NOT_A_DRAFT;
        }
        posting.publish(clock.instant());
        log.info("Job posting {} published by employer {}", id, employerId);
        return Publication.PUBLISHED;
    }

    public void close(long employerId, long id, CloseReason reason) {
        writer(employerId);
        JobPosting posting = owned(employerId, id);
        if (posting.status() != JobStatus.CLOSED) {
            posting.close(reason, clock.instant());
            log.info("Job posting {} closed ({}) by employer {}", id, reason, employerId);
        }
    }

    /** Moves a published or expired posting's closing date on; the problems with the date, if any. */
    public FieldErrors renew(long employerId, long id, String closingDate) {
        HiringOrganization organization = writer(employerId);
        JobPosting posting = owned(employerId, id);
        if (posting.status() != JobStatus.PUBLISHED && posting.status() != JobStatus.EXPIRED) {
            return new FieldErrors().add("closingDate", "jobs.error.renew.notRenewable");
        }
        FieldErrors errors = rules.checkRenewal(closingDate, posting.closingDate());
        if (errors.isEmpty() && !organization.mayPublish()) {
            errors.add("closingDate", "jobs.error.publish.notVerified");
        }
        if (errors.isEmpty()) {
            posting.renew(JobPostingRules.date(closingDate), clock.instant());
        }
        return errors;
    }

    /** An organization's own posting, whatever its state, for its editor. */
    @Transactional(readOnly = true)
    public JobView own(long employerId, long id) {
        return JobBoard.view(owned(employerId, id), JobPostingRules.today(clock));
    }

    /** The posting as its form shows it, to edit. */
    @Transactional(readOnly = true)
    public JobPostingInput input(long employerId, long id) {
        JobDetails d = owned(employerId, id).details();
        return new JobPostingInput(
                d.title(),
                d.careerSlug(),
                d.jobTitle(),
                d.workplace().name(),
                String.valueOf(d.site().id()),
                d.description(),
                d.employmentType().name(),
                d.schedules().stream().map(Enum::name).toList(),
                d.pay().min().toPlainString(),
                d.pay().max().toPlainString(),
                d.pay().unit().name(),
                d.education().name(),
                d.licenses(),
                String.valueOf(d.yearsExperience()),
                d.benefits(),
                d.languages().stream().map(Enum::name).toList(),
                d.bilingualDifferential() == null
                        ? null
                        : d.bilingualDifferential().toPlainString(),
                d.caseload() == null ? null : d.caseload().toString(),
                d.fieldWorkPercent() == null ? null : d.fieldWorkPercent().toString(),
                d.applyOnPortal(),
                d.applyUrl(),
                d.closingDate().toString());
    }

    /** An organization's postings, last changed first. */
    @Transactional(readOnly = true)
    public List<JobView> postingsOf(long employerId) {
        LocalDate today = JobPostingRules.today(clock);
        return postings.findByEmployerIdOrderByUpdatedAtDesc(employerId).stream()
                .map(p -> JobBoard.view(p, today))
                .toList();
    }

    /**
     * Expires every published posting whose closing date has passed; how many. Each posting is loaded and
     * marked in its own short transaction, checked again there; one the employer changed meanwhile fails its
     * version check and is left for the next run, so the job never undoes a close, renewal or edit.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int expireDue() {
        LocalDate today = JobPostingRules.today(clock);
        int expired = 0;
        for (Long id : postings.idsClosingBefore(JobStatus.PUBLISHED, today)) {
            if (inOwnTransaction(() -> postings.findById(id)
                    .filter(p -> p.status() == JobStatus.PUBLISHED && p.isPastClosing(today))
                    .map(p -> {
                        p.expire(clock.instant());
                        return p;
                    })
                    .isPresent())) {
                expired++;
            }
        }
        if (expired > 0) {
            log.info("Expired {} job postings", expired);
        }
        return expired;
    }

    /**
     * Mails each organization once about every published posting that closes within
     * {@value #REMIND_DAYS_BEFORE} days, in English and Spanish ({@link OrganizationMessage}); how many
     * reminders went out. Sample postings get none. Each reminder is claimed by a conditional update in its own
     * short transaction and mailed after it committed, so a slow SMTP server holds no lock on the posting and
     * two runs never send the same reminder.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int remindDue() {
        LocalDate today = JobPostingRules.today(clock);
        int sent = 0;
        for (Long id : postings.idsToRemind(JobStatus.PUBLISHED, today.plusDays(REMIND_DAYS_BEFORE))) {
            Reminder reminder = transactions.execute(status -> claim(id, today));
            if (reminder == null) {
                continue;
            }
            // the organization's shared address has no language: English, then Spanish
            OrganizationMessage mail = OrganizationMessage.of(
                    messages, "jobs.mail.reminder.subject", "jobs.mail.reminder.body", reminder.args());
            mailer.send(reminder.to(), mail.subject(), mail.body());
            log.info("Reminded employer {} that job posting {} closes soon", reminder.employerId(), id);
            sent++;
        }
        return sent;
    }

    private record Reminder(long employerId, String to, Object[] args) {}

    /** The reminder to send for the posting, now claimed; null when another run has it or none is due. */
    private Reminder claim(long id, LocalDate today) {
        if (postings.claimReminder(id, JobStatus.PUBLISHED, clock.instant()) != 1) {
            return null;
        }
        JobPosting posting = postings.findById(id).orElseThrow();
        if (posting.isPastClosing(today) || posting.sample()) {
            return null;
        }
        String to = organizations
                .find(posting.employerId())
                .map(HiringOrganization::contactEmail)
                .orElse(null);
        if (to == null) {
            return null;
        }
        Object[] args = {
            posting.title(),
            posting.closingDate().toString(),
            site.absolute("/jobs/" + posting.id()),
            // renewing is done from the list; /employer/jobs/{id} answers only POST
            site.absolute("/employer/jobs"),
            site.name()
        };
        return new Reminder(posting.employerId(), to, args);
    }

    private boolean inOwnTransaction(java.util.function.Supplier<Boolean> work) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> work.get()));
        } catch (OptimisticLockingFailureException e) {
            log.info("Job posting changed while the schedule ran; left for the next run");
            return false;
        }
    }

    private JobPosting owned(long employerId, long id) {
        return postings.findById(id)
                .filter(p -> p.employerId() == employerId)
                .orElseThrow(() -> new JobNotFoundException(id));
    }

    /**
     * Staff took an organization out of the public (suspended it) or verified it again. Leaving closes its
     * published postings as {@link CloseReason#SUSPENDED} in the same transaction, so search, feed, API,
     * sitemap and pages drop them at once; being verified again reopens those, published while their closing
     * date has not passed and expired otherwise. Postings the organization closed itself stay closed.
     */
    @EventListener
    void on(OrganizationStandingChanged changed) {
        if (changed.state() == VerificationState.VERIFIED) {
            LocalDate today = JobPostingRules.today(clock);
            for (JobPosting posting : postings.findByEmployerIdAndStatusAndCloseReason(
                    changed.employerId(), JobStatus.CLOSED, CloseReason.SUSPENDED)) {
                posting.reopen(today, clock.instant());
                log.info(
                        "Job posting {} {} again: employer {} is verified",
                        posting.id(),
                        posting.status(),
                        changed.employerId());
            }
            return;
        }
        for (JobPosting posting : postings.findByEmployerIdAndStatus(changed.employerId(), JobStatus.PUBLISHED)) {
            posting.close(CloseReason.SUSPENDED, clock.instant());
            log.info("Job posting {} closed: employer {} is {}", posting.id(), changed.employerId(), changed.state());
        }
    }

    /** The organization, for a write; a suspended one may change nothing. */
    private HiringOrganization writer(long employerId) {
        HiringOrganization organization = organization(employerId);
        if (organization.state() == VerificationState.SUSPENDED) {
            throw new OrganizationSuspendedException(employerId);
        }
        return organization;
    }

    private HiringOrganization organization(long employerId) {
        return organizations.find(employerId).orElseThrow(() -> new JobNotFoundException(-1));
    }
}
