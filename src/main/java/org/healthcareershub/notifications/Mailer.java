package org.healthcareershub.notifications;

import org.healthcareershub.identity.AccountDeleted;
import org.healthcareershub.notifications.domain.Outbox;
import org.healthcareershub.web.PlainText;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends plain-text mail. Each message is first stored in the outbox, then handed to SMTP; a message SMTP
 * did not take stays in the outbox and is retried, so a caller never loses what it asked to send. A subject
 * is one line whatever text went into it ({@link PlainText#oneLine}): no header can be added through it.
 */
@Service
public class Mailer {

    private final Outbox outbox;
    private final TaskExecutor executor;

    Mailer(Outbox outbox, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.outbox = outbox;
        this.executor = executor;
    }

    /** Queues the message and tries to deliver it now; returns whether SMTP took it on this first try. */
    public boolean send(String to, String subject, String body) {
        long id = outbox.store(to, PlainText.oneLine(subject), body);
        return outbox.deliver(id);
    }

    /**
     * Mail of a mailing (news, alerts): stores it with its one-click unsubscribe, which every try sends as the
     * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} headers (RFC
     * 8058). Stored in the caller's transaction if there is one, so a caller can record in the same commit
     * that the message was queued; handed to SMTP on another thread once that transaction has committed (at
     * once, on another thread, without one). What SMTP does not take is retried like any message. Returns the
     * outbox id.
     */
    public long send(String to, String subject, String body, ListUnsubscribe unsubscribe) {
        return send(to, subject, body, null, unsubscribe);
    }

    /**
     * As {@link #send(String, String, String, ListUnsubscribe)}, with an HTML part beside the plain text
     * ({@code multipart/alternative}); the caller makes the HTML safe.
     */
    public long send(String to, String subject, String body, String html, ListUnsubscribe unsubscribe) {
        long id = outbox.store(to, PlainText.oneLine(subject), body, html, unsubscribe);
        deliverAfterCommit(id);
        return id;
    }

    /**
     * As {@link #send(String, String, String, ListUnsubscribe)}, for a mailing whose body or unsubscribe
     * address holds a secret of one person's (a search alert's words and its one-click link): once SMTP has
     * taken it, the stored body and unsubscribe address are blanked.
     */
    public long sendPrivateMailing(String to, String subject, String body, ListUnsubscribe unsubscribe) {
        long id = outbox.store(to, PlainText.oneLine(subject), body, unsubscribe, true);
        deliverAfterCommit(id);
        return id;
    }

    /**
     * For mail with a one-time link: stores it, and hands it to SMTP on another thread once the caller's
     * transaction has committed, so the request takes as long whether or not a message was sent (the answer
     * cannot tell who has an account). Once SMTP has taken it, the stored body is blanked, so the outbox
     * keeps no working link.
     */
    public void sendPrivately(String to, String subject, String body) {
        sendPrivately(to, subject, body, null);
    }

    /**
     * As {@link #sendPrivately(String, String, String)}, for mail to someone else that holds what the account
     * {@code aboutAccount} shared: while the outbox keeps it (SMTP has not taken it, or there is no SMTP host),
     * it is deleted with that account.
     */
    public void sendPrivately(String to, String subject, String body, Long aboutAccount) {
        long id = outbox.store(to, PlainText.oneLine(subject), body, true, aboutAccount);
        deliverAfterCommit(id);
    }

    private void deliverAfterCommit(long id) {
        Runnable deliver = () -> outbox.deliver(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(deliver);
                }
            });
        } else {
            executor.execute(deliver);
        }
    }

    /**
     * Forgets every message to an address, whatever its state, so the outbox keeps no copy of mail to a
     * person who deleted their account. Returns how many messages were removed.
     */
    public int forget(String to) {
        return outbox.forget(to);
    }

    /**
     * The outbox keeps no copy of mail to a deleted account's address, nor of mail to others that holds what
     * it shared (removed in the deleting transaction).
     */
    @EventListener
    void on(AccountDeleted deleted) {
        forget(deleted.email());
        outbox.forgetAbout(deleted.accountId());
    }
}
