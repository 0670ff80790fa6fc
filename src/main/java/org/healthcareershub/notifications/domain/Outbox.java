package org.healthcareershub.notifications.domain;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
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
 */
@Component
public class Outbox {

    static final int MAX_ATTEMPTS = 10;
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutgoingMails mails;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate transaction;
    private final String from;

    Outbox(
            OutgoingMails mails,
            ObjectProvider<JavaMailSender> sender,
            PlatformTransactionManager transactions,
            @Value("${hub.mail.from:no-reply@localhost}") String from) {
        this.mails = mails;
        this.sender = sender;
        this.transaction = new TransactionTemplate(transactions);
        this.from = from;
    }

    public long store(String to, String subject, String body) {
        return store(to, subject, body, false);
    }

    /** Stores a message; with {@code redactAfterSend} its body is blanked once SMTP has taken it. */
    public long store(String to, String subject, String body, boolean redactAfterSend) {
        return transaction.execute(status ->
                mails.save(new OutgoingMail(to, subject, body, redactAfterSend)).id());
    }

    /** Tries to send one pending message; says whether it left through SMTP. */
    public boolean deliver(long id) {
        OutgoingMail mail = mails.findById(id).orElse(null);
        if (mail == null) {
            return false; // forgotten meanwhile (its recipient deleted their account)
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
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            smtp.send(message);
            transaction.executeWithoutResult(status -> mails.findById(id).ifPresent(m -> {
                m.markSent();
                mails.save(m);
            }));
            return true;
        } catch (Exception e) {
            transaction.executeWithoutResult(status -> mails.findById(id).ifPresent(m -> {
                m.markFailed(e.getClass().getSimpleName());
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
        List<OutgoingMail> pending = mails.findByStatusAndAttemptsLessThanOrderById(
                OutgoingMail.Status.PENDING, MAX_ATTEMPTS, PageRequest.of(0, 50));
        pending.forEach(m -> deliver(m.id()));
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
