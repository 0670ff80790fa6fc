package org.healthcareershub.notifications.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.healthcareershub.notifications.ListUnsubscribe;
import org.healthcareershub.notifications.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends an issue in the background, in batches of {@code hub.news.batch-size} subscribers. For each
 * subscriber the issue is for, one transaction per batch writes the {@link NewsDelivery} row (unique per
 * issue and subscriber) and puts the mail in the outbox ({@link Mailer#send(String, String, String, String,
 * ListUnsubscribe)}), so a batch is queued whole or not at all; the outbox hands the mail to SMTP after the
 * commit and retries it. A sender that stops (a crash, a restart) leaves the issue SENDING: the schedule
 * ({@code hub.news.resume-delay}, and so shortly after a start) takes it up again once its hold lapses
 * ({@code hub.news.claim}), and skips every subscriber that has a delivery row, so nobody gets a second
 * copy and everyone is reached. A hold on the issue (one conditional update) keeps two senders apart.
 */
@Component
public class NewsSender {

    /** Told of each message queued, inside its batch's transaction; what it throws rolls the batch back. */
    public interface Checkpoint {
        void queued(long issueId, long subscriberId);
    }

    private static final Logger log = LoggerFactory.getLogger(NewsSender.class);

    private final NewsIssues issues;
    private final NewsSubscribers subscribers;
    private final NewsDeliveries deliveries;
    private final NewsMail newsMail;
    private final Mailer mailer;
    private final ObjectProvider<Checkpoint> checkpoints;
    private final TaskExecutor executor;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batchSize;
    private final Duration claim;
    private final int maxAttempts;

    NewsSender(
            NewsIssues issues,
            NewsSubscribers subscribers,
            NewsDeliveries deliveries,
            NewsMail newsMail,
            Mailer mailer,
            ObjectProvider<Checkpoint> checkpoints,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${hub.news.batch-size:50}") int batchSize,
            @Value("${hub.news.claim:PT5M}") Duration claim,
            @Value("${hub.news.attempts:3}") int maxAttempts) {
        this.issues = issues;
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.newsMail = newsMail;
        this.mailer = mailer;
        this.checkpoints = checkpoints;
        this.executor = executor;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.batchSize = batchSize;
        this.claim = claim;
        this.maxAttempts = maxAttempts;
    }

    /** Sends the issue on another thread (after staff started it). */
    public void sendInBackground(long issueId) {
        executor.execute(() -> {
            try {
                send(issueId);
            } catch (RuntimeException e) {
                log.warn(
                        "Sending career news issue {} stopped ({}); it resumes later",
                        issueId,
                        e.getClass().getSimpleName());
            }
        });
    }

    /**
     * Takes up every issue still SENDING whose sender stopped, after a start and on a schedule: hands each to
     * the background executor, so the scheduler thread never runs a mailing and one issue cannot stop the rest.
     */
    @Scheduled(
            initialDelayString = "${hub.news.resume-delay:PT30S}",
            fixedDelayString = "${hub.news.resume-delay:PT30S}")
    public void resumeUnfinished() {
        for (long id : issues.findIdsByStatus(NewsIssue.Status.SENDING)) {
            try {
                sendInBackground(id);
            } catch (RuntimeException e) {
                log.warn(
                        "Resuming career news issue {} failed ({})",
                        id,
                        e.getClass().getSimpleName());
            }
        }
    }

    /**
     * Queues the issue for every active subscriber it is for who does not have it yet, then marks it SENT.
     * Returns how many it queued in this run; 0 when another sender holds it or it is not SENDING. Each run
     * holds the issue under its own id and stops as soon as its hold was taken over. A run that fails counts
     * an attempt on the issue (after {@code hub.news.attempts} the issue is FAILED) and rethrows.
     */
    public int send(long issueId) {
        Instant now = clock.instant();
        String run = UUID.randomUUID().toString();
        Integer held = transaction.execute(
                status -> issues.claim(issueId, run, NewsIssue.Status.SENDING, now, now.plus(claim)));
        if (held == null || held != 1) {
            return 0;
        }
        log.info("Sending career news issue {}", issueId);
        int queued = 0;
        try {
            long after = 0;
            while (true) {
                long from = after;
                Batch batch = transaction.execute(status -> queueBatch(issueId, run, from));
                if (batch == null || batch.lost()) {
                    log.warn("Career news issue {}: the hold lapsed, another sender takes over", issueId);
                    return queued;
                }
                queued += batch.queued();
                if (batch.last() == null) {
                    break;
                }
                after = batch.last();
            }
            Integer finished = transaction.execute(status -> issues.finish(
                    issueId, run, NewsIssue.Status.SENT, deliveries.countByIssueId(issueId), clock.instant()));
            if (finished != null && finished == 1) {
                log.info("Career news issue {} sent ({} queued in this run)", issueId, queued);
            }
            return queued;
        } catch (RuntimeException e) {
            recordFailure(issueId, run, e);
            throw e;
        }
    }

    private void recordFailure(long issueId, String run, RuntimeException e) {
        try {
            transaction.executeWithoutResult(status -> issues.findById(issueId)
                    .filter(issue -> run.equals(issue.claimedBy()))
                    .ifPresent(issue -> {
                        issue.failed(e.getClass().getSimpleName(), maxAttempts);
                        log.warn(
                                "Career news issue {} attempt {} failed ({}){}",
                                issueId,
                                issue.attempts(),
                                e.getClass().getSimpleName(),
                                issue.status() == NewsIssue.Status.FAILED ? ": given up" : "");
                    }));
        } catch (RuntimeException recording) {
            log.warn(
                    "Career news issue {}: recording a failure failed ({})",
                    issueId,
                    recording.getClass().getSimpleName());
        }
    }

    private record Batch(int queued, Long last, boolean lost) {}

    private Batch queueBatch(long issueId, String run, long after) {
        if (issues.extendClaim(issueId, run, clock.instant().plus(claim)) == 0) {
            return new Batch(0, null, true);
        }
        NewsIssue issue = issues.findById(issueId).orElseThrow();
        List<NewsSubscriber> page =
                subscribers.findWithout(issueId, NewsSubscriber.Status.ACTIVE, after, PageRequest.of(0, batchSize));
        int queued = 0;
        for (NewsSubscriber subscriber : page) {
            if (!subscriber.wants(issue)) {
                continue;
            }
            NewsMail.Composed mail = newsMail.compose(
                    issue, subscriber.unsubscribeToken(), Locale.forLanguageTag(subscriber.language()));
            long mailId = mailer.send(
                    subscriber.email(),
                    mail.subject(),
                    mail.text(),
                    mail.html(),
                    ListUnsubscribe.oneClick(mail.unsubscribeUrl()));
            deliveries.save(new NewsDelivery(issueId, subscriber.id(), mailId, clock.instant()));
            queued++;
            Checkpoint checkpoint = checkpoints.getIfAvailable();
            if (checkpoint != null) {
                checkpoint.queued(issueId, subscriber.id());
            }
        }
        return new Batch(
                queued, page.isEmpty() ? null : page.get(page.size() - 1).id(), false);
    }
}
