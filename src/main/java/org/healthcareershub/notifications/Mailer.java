package org.healthcareershub.notifications;

import org.healthcareershub.notifications.domain.Outbox;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text mail. Each message is first stored in the outbox, then handed to SMTP; a message SMTP
 * did not take stays in the outbox and is retried, so a caller never loses what it asked to send.
 */
@Service
public class Mailer {

    private final Outbox outbox;

    Mailer(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Queues the message and tries to deliver it now; returns whether SMTP took it on this first try. */
    public boolean send(String to, String subject, String body) {
        long id = outbox.store(to, subject, body);
        return outbox.deliver(id);
    }

    /**
     * Forgets every message to an address, whatever its state, so the outbox keeps no copy of mail to a
     * person who deleted their account. Returns how many messages were removed.
     */
    public int forget(String to) {
        return outbox.forget(to);
    }
}
