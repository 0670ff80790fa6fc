package org.healthcareershub.talent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.healthcareershub.accounts.Seekers;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.identity.AccountDeleted;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.JobStatus;
import org.healthcareershub.notifications.Mailer;
import org.healthcareershub.notifications.OrganizationMessage;
import org.healthcareershub.talent.domain.Block;
import org.healthcareershub.talent.domain.Blocks;
import org.healthcareershub.talent.domain.DailyAllowances;
import org.healthcareershub.talent.domain.InboxSetting;
import org.healthcareershub.talent.domain.InboxSettings;
import org.healthcareershub.talent.domain.OutreachMessage;
import org.healthcareershub.talent.domain.OutreachMessages;
import org.healthcareershub.talent.domain.OutreachRules;
import org.healthcareershub.talent.domain.OutreachStatus;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organizations' messages to seekers they found in the talent search, and the seekers' answers. A verified
 * organization writes to a seeker by the handle it knows them by (never an address), about one of its open
 * postings or in general; the seeker is mailed a notice (with the message itself only if they chose so) and
 * reads it in their inbox, where they reply (sharing only the contact details they tick), decline, or block
 * the organization. An organization has at most one unanswered message per seeker and a daily allowance
 * ({@link OutreachProperties}); a seeker it may not reach ({@link TalentDirectory#isReachable}, which counts
 * blocks) gets nothing. Every message sent is in the seeker's {@link AccessLog}. Methods that name a message
 * take the asking seeker's account id or the acting organization's id: anyone else's is not found.
 */
@Service
@Transactional
public class Outreach {

    private static final Logger log = LoggerFactory.getLogger(Outreach.class);

    private final OutreachMessages messages;
    private final Blocks blocks;
    private final InboxSettings settings;
    private final TalentDirectory directory;
    private final AccessLog accessLog;
    private final Seekers seekers;
    private final HiringOrganizations organizations;
    private final JobEditor postings;
    private final Mailer mailer;
    private final MessageSource text;
    private final Site site;
    private final Clock clock;
    private final OutreachProperties properties;
    private final DailyAllowances allowances;
    private final TransactionTemplate transactions;

    Outreach(
            OutreachMessages messages,
            Blocks blocks,
            InboxSettings settings,
            TalentDirectory directory,
            AccessLog accessLog,
            Seekers seekers,
            HiringOrganizations organizations,
            JobEditor postings,
            Mailer mailer,
            MessageSource text,
            Site site,
            Clock clock,
            OutreachProperties properties,
            DailyAllowances allowances,
            PlatformTransactionManager transactionManager) {
        this.messages = messages;
        this.blocks = blocks;
        this.settings = settings;
        this.directory = directory;
        this.accessLog = accessLog;
        this.seekers = seekers;
        this.organizations = organizations;
        this.postings = postings;
        this.mailer = mailer;
        this.text = text;
        this.site = site;
        this.clock = clock;
        this.properties = properties;
        this.allowances = allowances;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What sending gave. */
    public enum Outcome {
        SENT,
        /** Something typed was refused: {@code errors} says what. */
        REFUSED,
        /** The handle names nobody the organization may reach now (withdrawn, paused, lapsed, blocked). */
        UNREACHABLE,
        /** The organization's last message to this seeker is still unanswered. */
        AWAITING_ANSWER,
        /** The organization sent its allowance for today. */
        DAILY_LIMIT
    }

    public record Sent(Outcome outcome, Long id, FieldErrors errors) {}

    /** An open posting an organization may write about. */
    public record Posting(long id, String title, String careerSlug) {}

    /** A message and its answer, for the seeker (who sees the organization) or the organization (the handle). */
    public record MessageView(
            long id,
            long organizationId,
            String organizationName,
            String organizationSlug,
            String handle,
            Long postingId,
            String postingTitle,
            String subject,
            String body,
            OutreachStatus status,
            Instant sentAt,
            boolean read,
            Instant answeredAt,
            String reply,
            String sharedEmail,
            String sharedPhone) {

        public boolean unanswered() {
            return status == OutreachStatus.UNANSWERED;
        }
    }

    /** An organization the seeker blocked. */
    public record Blocked(long organizationId, String organizationName, Instant since) {}

    /** The organization's open postings, newest change first: what a message may be about. */
    @Transactional(readOnly = true)
    public List<Posting> openPostings(long organizationId) {
        return postings.postingsOf(organizationId).stream()
                .filter(p -> p.status() == JobStatus.PUBLISHED && !p.gone())
                .map(p -> new Posting(p.id(), p.title(), p.careerSlug()))
                .toList();
    }

    /** Whether the organization may write to the seeker it knows by {@code handle} now. */
    @Transactional(readOnly = true)
    public Optional<Long> reachable(long organizationId, String handle) {
        return directory
                .seekerFor(organizationId, handle)
                .filter(seeker -> directory.isReachable(seeker, organizationId));
    }

    /** How many messages the organization may still send today. */
    @Transactional(readOnly = true)
    public int leftToday(long organizationId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), AccessLog.NEW_YORK);
        long sent = allowances.sent(organizationId, today).orElseGet(() ->
                (int) messages.countByEmployerIdAndSentAtGreaterThanEqual(organizationId, startOfToday()));
        return (int) Math.max(0, properties.perOrganizationPerDay() - sent);
    }

    /**
     * Sends the organization's message to the seeker it knows by {@code handle}, from its member {@code
     * senderId}: stored, logged in the seeker's access log and the seeker's notice kept in the outbox in one
     * transaction (the notice leaves after it commits).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Sent send(long organizationId, long senderId, String handle, OutreachRules.MessageInput input) {
        FieldErrors errors = new FieldErrors();
        Optional<OutreachRules.Message> checked = OutreachRules.message(input, errors);
        Posting posting = null;
        if (checked.isPresent() && checked.get().postingId() != null) {
            long postingId = checked.get().postingId();
            posting = openPostings(organizationId).stream()
                    .filter(p -> p.id() == postingId)
                    .findFirst()
                    .orElse(null);
            if (posting == null) {
                errors.add("posting", "talent.outreach.error.posting");
            }
        }
        if (!errors.isEmpty()) {
            return new Sent(Outcome.REFUSED, null, errors);
        }
        OutreachRules.Message message = checked.orElseThrow();
        Posting about = posting;
        LocalDate today = LocalDate.ofInstant(clock.instant(), AccessLog.NEW_YORK);
        allowances.open(organizationId, today, startOfToday());
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    Long seeker = reachable(organizationId, handle).orElse(null);
                    if (seeker == null) {
                        return new Sent(Outcome.UNREACHABLE, null, errors);
                    }
                    if (about != null && !directory.careersOf(seeker).contains(about.careerSlug())) {
                        errors.add("posting", "talent.outreach.error.postingCareer");
                        return new Sent(Outcome.REFUSED, null, errors);
                    }
                    if (messages.existsByEmployerIdAndSeekerIdAndStatus(
                            organizationId, seeker, OutreachStatus.UNANSWERED)) {
                        return new Sent(Outcome.AWAITING_ANSWER, null, errors);
                    }
                    if (!allowances.take(organizationId, today, properties.perOrganizationPerDay())) {
                        status.setRollbackOnly();
                        return new Sent(Outcome.DAILY_LIMIT, null, errors);
                    }
                    OutreachMessage stored = messages.saveAndFlush(new OutreachMessage(
                            organizationId,
                            seeker,
                            senderId,
                            directory.handleFor(seeker, organizationId),
                            about == null ? null : about.id(),
                            about == null ? null : about.title(),
                            message.subject(),
                            message.body(),
                            clock.instant()));
                    accessLog.record(AccessKind.CONTACTED, organizationId, seeker);
                    tellSeeker(stored);
                    log.info("Employer {} sent message {} to account {}", organizationId, stored.id(), seeker);
                    return new Sent(Outcome.SENT, stored.id(), errors);
                });
            } catch (DataIntegrityViolationException sentMeanwhile) {
                // a colleague or a double click got there first: the unique key keeps one unanswered message
                return new Sent(Outcome.AWAITING_ANSWER, null, errors);
            } catch (PessimisticLockingFailureException busy) {
                // a colleague's send held the day's allowance longer than the database waits: try again
                if (attempt == 3) {
                    throw busy;
                }
            }
        }
    }

    /** The organization's messages, newest first. */
    @Transactional(readOnly = true)
    public List<MessageView> sentBy(long organizationId) {
        return views(messages.findByEmployerIdOrderBySentAtDescIdDesc(organizationId));
    }

    /** One of the organization's messages; another's is not found. */
    @Transactional(readOnly = true)
    public MessageView sent(long organizationId, long id) {
        return messages.findByIdAndEmployerId(id, organizationId)
                .map(m -> views(List.of(m)).get(0))
                .orElseThrow(() -> new OutreachNotFoundException(id));
    }

    /** The seeker's inbox, newest first. */
    @Transactional(readOnly = true)
    public List<MessageView> inbox(long seekerId) {
        return views(messages.findBySeekerIdOrderBySentAtDescIdDesc(seekerId));
    }

    /** How many of the seeker's messages wait for an answer. */
    @Transactional(readOnly = true)
    public long unanswered(long seekerId) {
        return messages.countBySeekerIdAndStatus(seekerId, OutreachStatus.UNANSWERED);
    }

    /** One of the seeker's messages, now marked read; another seeker's is not found. */
    public MessageView open(long seekerId, long id) {
        OutreachMessage message = own(seekerId, id);
        message.markRead(clock.instant());
        return views(List.of(message)).get(0);
    }

    /**
     * The seeker replies; only what they ticked is shared with the organization (their account's email, and
     * the phone number they typed). Empty when it was answered already; the problems when refused.
     */
    public Optional<FieldErrors> reply(long seekerId, long id, OutreachRules.ReplyInput input) {
        OutreachMessage message = own(seekerId, id);
        FieldErrors errors = new FieldErrors();
        Optional<OutreachRules.Reply> reply = OutreachRules.reply(input, errors);
        if (reply.isEmpty()) {
            return Optional.of(errors);
        }
        String email = input.shareEmail()
                ? seekers.mailbox(seekerId).map(Seekers.Mailbox::email).orElse(null)
                : null;
        if (!message.replyWith(reply.get().text(), email, reply.get().phone(), clock.instant())) {
            return Optional.empty();
        }
        tellOrganization(message);
        log.info("Account {} replied to message {}", seekerId, id);
        return Optional.of(errors);
    }

    /** The seeker says no; false when it was answered already. */
    public boolean decline(long seekerId, long id) {
        boolean declined = own(seekerId, id).decline(clock.instant());
        if (declined) {
            log.info("Account {} declined message {}", seekerId, id);
        }
        return declined;
    }

    /**
     * The seeker blocks the organization that sent the message: it can no longer find or reach them, and the
     * message, if unanswered, is declined. Returns the organization's id.
     */
    public long block(long seekerId, long id) {
        OutreachMessage message = own(seekerId, id);
        message.decline(clock.instant());
        Block.Key key = new Block.Key(seekerId, message.employerId());
        if (!blocks.existsById(key)) {
            blocks.save(new Block(seekerId, message.employerId(), clock.instant()));
        }
        log.info("Account {} blocked employer {}", seekerId, message.employerId());
        return message.employerId();
    }

    /** The seeker lets a blocked organization find them again (if their visibility allows). */
    public void unblock(long seekerId, long organizationId) {
        blocks.deleteById(new Block.Key(seekerId, organizationId));
        log.info("Account {} unblocked employer {}", seekerId, organizationId);
    }

    /** Whether the seeker blocked the organization. */
    @Transactional(readOnly = true)
    public boolean blocked(long seekerId, long organizationId) {
        return blocks.existsById(new Block.Key(seekerId, organizationId));
    }

    /** The seekers who blocked the organization. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> blockedBy(long organizationId) {
        return blocks.findSeekersBlocking(organizationId);
    }

    /** The organizations the seeker blocked, newest first. */
    @Transactional(readOnly = true)
    public List<Blocked> blockedOrganizations(long seekerId) {
        return blocks.findBySeeker(seekerId).stream()
                .map(b -> new Blocked(
                        b.employerId(),
                        organizations
                                .find(b.employerId())
                                .map(HiringOrganization::name)
                                .orElse(null),
                        b.createdAt()))
                .toList();
    }

    /** Whether the seeker's notice of a new message carries the message (it does not unless they chose so). */
    @Transactional(readOnly = true)
    public boolean noticeWithBody(long seekerId) {
        return settings.findById(seekerId).map(InboxSetting::noticeWithBody).orElse(false);
    }

    public void setNoticeWithBody(long seekerId, boolean withBody) {
        settings.findById(seekerId)
                .ifPresentOrElse(
                        s -> s.setNoticeWithBody(withBody), () -> settings.save(new InboxSetting(seekerId, withBody)));
    }

    /** A deleted account's messages, blocks and setting go with it, in the deleting transaction. */
    @EventListener
    void on(AccountDeleted deleted) {
        int removed = messages.deleteBySeeker(deleted.accountId());
        blocks.deleteBySeeker(deleted.accountId());
        settings.findById(deleted.accountId()).ifPresent(settings::delete);
        if (removed > 0) {
            log.info("Removed {} messages to deleted account {}", removed, deleted.accountId());
        }
    }

    private OutreachMessage own(long seekerId, long id) {
        return messages.findByIdAndSeekerId(id, seekerId).orElseThrow(() -> new OutreachNotFoundException(id));
    }

    private void tellSeeker(OutreachMessage message) {
        seekers.mailbox(message.seekerId()).ifPresent(mailbox -> {
            Locale locale = Locale.forLanguageTag(mailbox.language() == null ? "en" : mailbox.language());
            String organization = organizationName(message.employerId());
            String about = message.postingTitle() == null
                    ? text.getMessage("talent.outreach.mail.general", null, locale)
                    : text.getMessage("talent.outreach.mail.posting", new Object[] {message.postingTitle()}, locale);
            String link = site.absolute(INBOX_PATH + "/" + message.id());
            String body = text.getMessage(
                    "talent.outreach.mail.body",
                    new Object[] {site.name(), organization, about, link, site.absolute(INBOX_PATH + "#notices")},
                    locale);
            if (noticeWithBody(message.seekerId())) {
                body += "\n\n"
                        + text.getMessage(
                                "talent.outreach.mail.message",
                                new Object[] {message.subject(), message.body()},
                                locale);
            }
            mailer.sendPrivately(
                    mailbox.email(),
                    text.getMessage("talent.outreach.mail.subject", new Object[] {organization, site.name()}, locale),
                    body);
        });
    }

    /** The seeker's inbox, where the notice links. */
    public static final String INBOX_PATH = "/account/inbox";

    private void tellOrganization(OutreachMessage message) {
        organizations
                .find(message.employerId())
                .filter(o -> !o.sample())
                .map(HiringOrganization::contactEmail)
                .ifPresent(to -> {
                    String link = site.absolute("/employer/talent/messages/" + message.id());
                    OrganizationMessage mail = OrganizationMessage.of(
                            text,
                            "talent.outreach.mail.replied.subject",
                            "talent.outreach.mail.replied.body",
                            message.handle(),
                            message.subject(),
                            site.name(),
                            link);
                    // says who replied by handle and where to read it, never what was shared; deleted from the
                    // outbox with the seeker's account
                    mailer.sendPrivately(to, mail.subject(), mail.body(), message.seekerId());
                });
    }

    private String organizationName(long organizationId) {
        return organizations.find(organizationId).map(HiringOrganization::name).orElse("");
    }

    private List<MessageView> views(List<OutreachMessage> found) {
        Map<Long, HiringOrganization> byId = found.stream()
                .map(OutreachMessage::employerId)
                .distinct()
                .map(organizations::find)
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(HiringOrganization::id, Function.identity()));
        return found.stream()
                .map(m -> {
                    HiringOrganization org = byId.get(m.employerId());
                    return new MessageView(
                            m.id(),
                            m.employerId(),
                            org == null ? null : org.name(),
                            org == null ? null : org.slug(),
                            m.handle(),
                            m.postingId(),
                            m.postingTitle(),
                            m.subject(),
                            m.body(),
                            m.status(),
                            m.sentAt(),
                            m.readAt() != null,
                            m.answeredAt(),
                            m.reply(),
                            m.sharedEmail(),
                            m.sharedPhone());
                })
                .filter(Objects::nonNull)
                .toList();
    }

    private Instant startOfToday() {
        Instant now = clock.instant();
        return LocalDate.ofInstant(now, AccessLog.NEW_YORK)
                .atStartOfDay(AccessLog.NEW_YORK)
                .toInstant();
    }
}
