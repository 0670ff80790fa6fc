package org.healthcareershub.notifications.domain;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.healthcareershub.notifications.ListUnsubscribe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox behind {@link org.healthcareershub.notifications.Mailer}: stores each message, hands it to
 * SMTP (spring.mail.*), and retries what SMTP did not take. Logs name message ids, never addresses.
 *
 * <p>Each send first holds the message with one conditional update (pending, and no live claim), so the
 * after-commit executor and the scheduled retry never both hand one message to SMTP. The claim lapses after
 * {@code hub.mail.claim} (longer than the SMTP timeouts), so a message whose sender died mid-send goes out
 * later. What stays at-least-once: a crash after SMTP took a message and before it was marked sent resends
 * it once the hold lapses; each message carries a Message-ID fixed by its outbox row, so the copies are
 * recognisable as one message. A failed try holds the message back for a delay that doubles each time
 * (from {@code hub.mail.retry-delay} up to an hour).
 */
@Component
public class Outbox {

    static final int MAX_ATTEMPTS = 10;
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutgoingMails mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate transaction;
    private final String from;
    private final Duration claim;
    private final Duration retryDelay;

    Outbox(
            OutgoingMails mails,
            ObjectProvider<JavaMailSender> sender,
            PlatformTransactionManager transactions,
            @Value("${hub.mail.from:no-reply@localhost}") String from,
            @Value("${hub.mail.claim:PT2M}") Duration claim,
            @Value("${hub.mail.retry-delay:PT1M}") Duration retryDelay) {
        this.mails = mails;
        this.sender = sender;
        this.transaction = new TransactionTemplate(transactions);
        this.from = from;
        this.claim = claim;
        this.retryDelay = retryDelay;
    }

    public long store(String to, String subject, String body) {
        return store(to, subject, body, false);
    }

    /** Stores a message; with {@code redactAfterSend} its body is blanked once SMTP has taken it. */
    public long store(String to, String subject, String body, boolean redactAfterSend) {
        return store(to, subject, body, redactAfterSend, null);
    }

    /**
     * Stores a message that holds what the account {@code aboutAccount} shared with someone else (mail to an
     * organization about a seeker); it goes when that account is deleted, even if SMTP never took it.
     */
    public long store(String to, String subject, String body, boolean redactAfterSend, Long aboutAccount) {
        return transaction.execute(
                status -> mails.save(new OutgoingMail(to, subject, body, redactAfterSend, aboutAccount))
                        .id());
    }

    /**
     * Stores a message of a mailing: it goes out with the {@code List-Unsubscribe} and {@code
     * List-Unsubscribe-Post} headers of {@code unsubscribe}, on the first try and on every retry. Joins the
     * caller's transaction if there is one.
     */
    public long store(String to, String subject, String body, ListUnsubscribe unsubscribe) {
        return store(to, subject, body, null, unsubscribe, false);
    }

    /** As {@link #store(String, String, String, ListUnsubscribe)}, with an HTML part beside the text. */
    public long store(String to, String subject, String body, String html, ListUnsubscribe unsubscribe) {
        return store(to, subject, body, html, unsubscribe, false);
    }

    /**
     * As {@link #store(String, String, String, ListUnsubscribe)}; with {@code redactAfterSend} the body and
     * the unsubscribe address are blanked once SMTP has taken it.
     */
    public long store(String to, String subject, String body, ListUnsubscribe unsubscribe, boolean redactAfterSend) {
        return store(to, subject, body, null, unsubscribe, redactAfterSend);
    }

    /** The general form: an optional HTML part, an unsubscribe, and whether the body goes after sending. */
    public long store(
            String to, String subject, String body, String html, ListUnsubscribe unsubscribe, boolean redactAfterSend) {
        return transaction.execute(
                status -> mails.save(new OutgoingMail(to, subject, body, html, unsubscribe, redactAfterSend))
                        .id());
    }

    /**
     * Tries to send one pending message; says whether it left through SMTP. A message already sent, or
     * claimed by another sender, is left alone.
     */
    public boolean deliver(long id) {
        Instant now = Instant.now();
        OutgoingMail mail =
                transaction.execute(status -> mails.claim(id, OutgoingMail.Status.PENDING, now, now.plus(claim)) == 1
                        ? mails.findById(id).orElse(null)
                        : null);
        if (mail == null) {
            return false; // sent, being sent by another thread, or forgotten (its recipient deleted their account)
        }
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            transaction.executeWithoutResult(status -> mails.findById(id).ifPresent(m -> {
                m.markCaptured();
                mails.save(m);
            }));
            log.info("No SMTP host configured: mail {} kept in the outbox", id);
            return false;
        }
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            if (mail.html() == null) {
                helper.setText(mail.body(), false);
            } else {
                helper.setText(mail.body(), mail.html());
            }
            // fixed by the outbox row (JavaMailSenderImpl keeps an explicit one), so a resend is recognisable
            message.setHeader("Message-ID", messageId(mail));
            ListUnsubscribe unsubscribe = mail.listUnsubscribe();
            if (unsubscribe != null) {
                message.setHeader("List-Unsubscribe", unsubscribe.header());
                message.setHeader("List-Unsubscribe-Post", ListUnsubscribe.POST_HEADER_VALUE);
            }
            smtp.send(message);
            transaction.executeWithoutResult(status -> mails.findById(id).ifPresent(m -> {
                m.markSent();
                mails.save(m);
            }));
            return true;
        } catch (Exception e) {
            transaction.executeWithoutResult(status -> mails.findById(id).ifPresent(m -> {
                m.markFailed(e.getClass().getSimpleName(), Instant.now().plus(backoff(m.attempts())));
                mails.save(m);
            }));
            log.warn(
                    "Mail {} not delivered ({}); it stays in the outbox for a retry",
                    id,
                    e.getClass().getSimpleName());
            return false;
        }
    }

    /** Retries pending mail every minute (the first run a minute after start). */
    @Scheduled(initialDelayString = "${hub.mail.retry-delay:PT1M}", fixedDelayString = "${hub.mail.retry-delay:PT1M}")
    public void retryPending() {
        if (sender.getIfAvailable() == null) {
            return;
        }
        mails.findClaimable(OutgoingMail.Status.PENDING, MAX_ATTEMPTS, Instant.now(), PageRequest.of(0, 50))
                .forEach(this::deliver);
    }

    /**
     * How long a message waits before its next try, doubling from the retry delay up to an hour, so the
     * tries of one message cover an SMTP outage of several hours instead of ten minutes.
     */
    public Duration backoff(int failedBefore) {
        Duration wait = retryDelay.multipliedBy(1L << Math.min(failedBefore, 16));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private String messageId(OutgoingMail mail) {
        String domain = from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return "<outbox." + mail.id() + "." + mail.createdAt().toEpochMilli() + "@"
                + (domain.isEmpty() ? "localhost" : domain) + ">";
    }

    /** Removes every message about an account, sent or not (it was deleted); returns how many. */
    public int forgetAbout(long accountId) {
        Integer removed = transaction.execute(status -> mails.deleteByAboutAccount(accountId));
        return removed == null ? 0 : removed;
    }

    /** Removes every message to an address, sent or not (its owner deleted their account); returns how many. */
    public int forget(String recipient) {
        Integer removed = transaction.execute(status -> mails.deleteByRecipient(recipient.strip()));
        return removed == null ? 0 : removed;
    }

    public List<OutgoingMail> recent(int limit) {
        return mails.findAllByOrderByIdDesc(PageRequest.of(0, limit));
    }
}
