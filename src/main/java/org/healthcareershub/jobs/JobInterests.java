package org.healthcareershub.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.identity.AccountDeleted;
import org.healthcareershub.jobs.domain.InterestRules;
import org.healthcareershub.jobs.domain.Interests;
import org.healthcareershub.jobs.domain.JobInterest;
import org.healthcareershub.jobs.domain.JobPosting;
import org.healthcareershub.jobs.domain.JobPostingRules;
import org.healthcareershub.jobs.domain.JobPostings;
import org.healthcareershub.notifications.Mailer;
import org.healthcareershub.notifications.OrganizationMessage;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seekers' interest in postings. A signed-in seeker expresses interest in an open posting that takes it on
 * the portal, sharing their name, email, the profile details they chose and a short note; one expression
 * per posting per seeker. The organization is told by email and sees it in its portal, where it moves it
 * through reviewing, interview and offer to hired or not selected ({@link InterestStageChanged} tells the
 * seeker's module); the seeker may withdraw it while it is open. Methods that name an interest take the
 * asking seeker's account id or the acting organization's id: anyone else's interest is not found.
 */
@Service
@Transactional
public class JobInterests {

    /** The longest note a seeker may add, in characters. */
    public static final int MAX_NOTE = InterestRules.MAX_NOTE;

    private static final Logger log = LoggerFactory.getLogger(JobInterests.class);

    private final Interests interests;
    private final JobPostings postings;
    private final HiringOrganizations organizations;
    private final CareerCatalog careers;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Site site;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    JobInterests(
            Interests interests,
            JobPostings postings,
            HiringOrganizations organizations,
            CareerCatalog careers,
            Mailer mailer,
            MessageSource messages,
            Site site,
            Clock clock,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.interests = interests;
        this.postings = postings;
        this.organizations = organizations;
        this.careers = careers;
        this.mailer = mailer;
        this.messages = messages;
        this.site = site;
        this.clock = clock;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What expressing interest gave. */
    public enum Outcome {
        EXPRESSED,
        /** The seeker expressed interest in this posting before: {@code id} is that one. */
        ALREADY_EXPRESSED,
        /** The posting is not open, or takes no interest on the portal. */
        NOT_OPEN,
        /** Something typed was refused: {@code errors} says what. */
        REFUSED
    }

    public record Expressed(Outcome outcome, Long id, FieldErrors errors) {}

    /** What moving interest gave. */
    public enum Move {
        MOVED,
        /** It was at that stage already. */
        UNCHANGED,
        /** The seeker withdrew it: it stays withdrawn. */
        WITHDRAWN,
        /** Staff took the posting down: its interest moves no further, so nobody is mailed about it. */
        TAKEN_DOWN
    }

    /** Whether the posting takes interest now: open on the job board and taking interest on the portal. */
    @Transactional(readOnly = true)
    public boolean accepts(long postingId) {
        return postings.findById(postingId).filter(this::accepting).isPresent();
    }

    /** The seeker's interest in a posting, if they expressed it. */
    @Transactional(readOnly = true)
    public Optional<InterestView> of(long accountId, long postingId) {
        return interests
                .findByPostingIdAndAccountId(postingId, accountId)
                .map(i -> view(i, postings.findById(postingId).orElseThrow(), today()));
    }

    /**
     * Expresses {@code accountId}'s interest in a posting, sharing {@code name}, {@code email}, the ticked
     * profile details and the note; the organization's contact address is mailed once the interest is stored
     * (the message is kept in the outbox within the same transaction and leaves after it commits).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Expressed express(
            long accountId, long postingId, String name, String email, SharedProfile shared, String note) {
        FieldErrors errors = new FieldErrors();
        String checkedNote = InterestRules.note(note, errors);
        if (!errors.isEmpty()) {
            return new Expressed(Outcome.REFUSED, null, errors);
        }
        try {
            return transactions.execute(status -> {
                JobPosting posting =
                        postings.findById(postingId).filter(this::accepting).orElse(null);
                if (posting == null) {
                    return new Expressed(Outcome.NOT_OPEN, null, errors);
                }
                Optional<JobInterest> before = interests.findByPostingIdAndAccountId(postingId, accountId);
                if (before.isPresent()) {
                    return new Expressed(Outcome.ALREADY_EXPRESSED, before.get().id(), errors);
                }
                JobInterest interest = interests.saveAndFlush(
                        new JobInterest(posting, accountId, name, email, shared, checkedNote, clock.instant()));
                tellOrganization(posting, interest);
                log.info("Account {} expressed interest {} in job posting {}", accountId, interest.id(), postingId);
                return new Expressed(Outcome.EXPRESSED, interest.id(), errors);
            });
        } catch (DataIntegrityViolationException expressedMeanwhile) {
            // a second tab or a double click got there first: the unique key keeps one
            return interests
                    .findByPostingIdAndAccountId(postingId, accountId)
                    .map(i -> new Expressed(Outcome.ALREADY_EXPRESSED, i.id(), errors))
                    .orElseThrow(() -> expressedMeanwhile);
        }
    }

    /** The seeker takes their interest back; false when it was no longer open (already decided or withdrawn). */
    public boolean withdraw(long accountId, long interestId) {
        JobInterest interest = interests
                .findById(interestId)
                .filter(i -> i.accountId() == accountId)
                .orElseThrow(() -> new InterestNotFoundException(interestId));
        boolean withdrawn = interest.withdraw(clock.instant());
        if (withdrawn) {
            log.info("Interest {} withdrawn by its seeker", interestId);
        }
        return withdrawn;
    }

    /** Everything a seeker expressed, newest first. */
    @Transactional(readOnly = true)
    public List<InterestView> ofSeeker(long accountId) {
        List<JobInterest> found = interests.findByAccountIdOrderByCreatedAtDescIdDesc(accountId);
        Map<Long, JobPosting> byId = postingsOf(found);
        LocalDate today = today();
        return found.stream().map(i -> view(i, byId.get(i.postingId()), today)).toList();
    }

    /** The interest in an organization's postings, by posting (newest posting first). */
    @Transactional(readOnly = true)
    public List<PostingInterest> ofOrganization(long employerId) {
        List<JobInterest> found = interests.findByEmployerIdOrderByPostingIdDescCreatedAtDescIdDesc(employerId);
        Map<Long, JobPosting> byId = postingsOf(found);
        LocalDate today = today();
        Map<Long, List<InterestView>> grouped = new LinkedHashMap<>();
        for (JobInterest interest : found) {
            grouped.computeIfAbsent(interest.postingId(), id -> new ArrayList<>())
                    .add(view(interest, byId.get(interest.postingId()), today));
        }
        List<PostingInterest> result = new ArrayList<>();
        grouped.forEach((postingId, views) -> {
            JobPosting posting = byId.get(postingId);
            result.add(new PostingInterest(postingId, posting.title(), posting.isOpen(today), views));
        });
        return result;
    }

    /**
     * The organization moves interest in one of its postings to {@code stage} (one of
     * {@link InterestStage#BY_ORGANIZATION}); {@link InterestStageChanged} is published when it changed. A
     * suspended organization may change nothing.
     */
    public Move move(long employerId, long interestId, InterestStage stage) {
        if (!InterestStage.BY_ORGANIZATION.contains(stage)) {
            throw new IllegalArgumentException("Not a stage an organization moves to: " + stage);
        }
        HiringOrganization organization =
                organizations.find(employerId).orElseThrow(() -> new InterestNotFoundException(interestId));
        if (organization.state() == VerificationState.SUSPENDED) {
            throw new OrganizationSuspendedException(employerId);
        }
        JobInterest interest = interests
                .findById(interestId)
                .filter(i -> i.employerId() == employerId)
                .orElseThrow(() -> new InterestNotFoundException(interestId));
        if (interest.stage() == InterestStage.WITHDRAWN) {
            return Move.WITHDRAWN;
        }
        JobPosting posting = postings.findById(interest.postingId()).orElseThrow();
        if (posting.closeReason() == CloseReason.UNPUBLISHED) {
            return Move.TAKEN_DOWN;
        }
        if (!interest.moveTo(stage, clock.instant())) {
            return Move.UNCHANGED;
        }
        events.publishEvent(new InterestStageChanged(
                interestId, interest.accountId(), posting.id(), posting.title(), posting.employerName(), stage));
        log.info("Interest {} moved to {} by employer {}", interestId, stage, employerId);
        return Move.MOVED;
    }

    /** A deleted account's interest goes with it, in the deleting transaction. */
    @EventListener
    void on(AccountDeleted deleted) {
        int removed = interests.deleteByAccount(deleted.accountId());
        if (removed > 0) {
            log.info("Removed {} expressions of interest of deleted account {}", removed, deleted.accountId());
        }
    }

    private boolean accepting(JobPosting posting) {
        return posting.isOpen(today()) && posting.applyOnPortal() && !posting.sample();
    }

    private void tellOrganization(JobPosting posting, JobInterest interest) {
        String to = organizations
                .find(posting.employerId())
                .filter(o -> !o.sample())
                .map(HiringOrganization::contactEmail)
                .orElse(null);
        if (to == null) {
            return;
        }
        String link = site.absolute("/employer/interest#interest-" + interest.id());
        OrganizationMessage mail = OrganizationMessage.of(
                messages, "jobs.mail.interest.subject", "jobs.mail.interest.body", language -> new Object[] {
                    posting.title(), interest.name(), interest.email(), details(interest, language), site.name(), link
                });
        if (interest.note() != null) {
            mail = mail.quoting(messages, "interest.shared.note", interest.note());
        }
        // the message holds what the seeker shared: kept out of the outbox once SMTP has it
        mailer.sendPrivately(to, mail.subject(), mail.body(), interest.accountId());
    }

    /** The shared profile details, a line each, for the organization's mail in {@code locale}. */
    private String details(JobInterest interest, Locale locale) {
        SharedProfile shared = interest.shared();
        StringBuilder text = new StringBuilder();
        if (shared.zip() != null) {
            line(text, "interest.shared.zip", shared.zip(), locale);
        }
        if (shared.education() != null) {
            line(text, "interest.shared.education", message("education." + shared.education(), locale), locale);
        }
        if (!shared.licenses().isEmpty()) {
            line(
                    text,
                    "interest.shared.licenses",
                    shared.licenses().stream()
                            .map(l -> message("license." + l, locale))
                            .collect(Collectors.joining(", ")),
                    locale);
        }
        if (shared.years() != null) {
            line(text, "interest.shared.years", shared.years().toString(), locale);
        }
        if (!shared.careers().isEmpty()) {
            Map<String, String> titles = careers.titles(locale);
            line(
                    text,
                    "interest.shared.careers",
                    shared.careers().stream()
                            .map(slug -> titles.getOrDefault(slug, slug))
                            .collect(Collectors.joining(", ")),
                    locale);
        }
        // the note, the seeker's own words, follows once after both languages
        return text.toString();
    }

    private void line(StringBuilder text, String labelKey, String value, Locale locale) {
        text.append(message(labelKey, locale)).append(": ").append(value).append('\n');
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private Map<Long, JobPosting> postingsOf(List<JobInterest> found) {
        return postings
                .findAllById(
                        found.stream().map(JobInterest::postingId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(JobPosting::id, Function.identity()));
    }

    private static InterestView view(JobInterest i, JobPosting posting, LocalDate today) {
        return new InterestView(
                i.id(),
                i.postingId(),
                posting.title(),
                posting.employerName(),
                posting.isOpen(today),
                i.name(),
                i.email(),
                i.shared(),
                i.note(),
                i.stage(),
                i.createdAt(),
                i.updatedAt());
    }

    private LocalDate today() {
        return JobPostingRules.today(clock);
    }
}
