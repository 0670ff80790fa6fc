package org.healthcareershub.notifications.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.healthcareershub.notifications.ListUnsubscribe;

/** A message in the outbox: pending until SMTP takes it, or kept for staff when there is no SMTP host. */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    public enum Status {
        PENDING,
        SENT,
        CAPTURED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;
    private String subject;
    private String body;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;
    private boolean redactAfterSend;
    private Instant heldUntil;
    /** The account whose shared details the message holds, if any: deleting it deletes the message. */
    private Long aboutAccountId;
    /** The one-click unsubscribe address of a mailing (List-Unsubscribe), if any. */
    private String listUnsubscribeUrl;
    /** The unsubscribe mailbox of a mailing (List-Unsubscribe), if any. */
    private String listUnsubscribeMailto;
    /** An HTML part sent beside the plain text, if any. */
    private String htmlBody;

    protected OutgoingMail() {}

    OutgoingMail(String recipient, String subject, String body, boolean redactAfterSend) {
        this(recipient, subject, body, redactAfterSend, null);
    }

    OutgoingMail(String recipient, String subject, String body, boolean redactAfterSend, Long aboutAccount) {
        this(recipient, subject, body);
        this.redactAfterSend = redactAfterSend;
        this.aboutAccountId = aboutAccount;
    }

    OutgoingMail(
            String recipient,
            String subject,
            String body,
            String html,
            ListUnsubscribe unsubscribe,
            boolean redactAfterSend) {
        this(recipient, subject, body);
        this.htmlBody = html;
        this.redactAfterSend = redactAfterSend;
        this.listUnsubscribeUrl = unsubscribe.url();
        this.listUnsubscribeMailto = unsubscribe.mailto();
    }

    OutgoingMail(String recipient, String subject, String body) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = Status.PENDING;
        this.createdAt = Instant.now();
    }

    void markSent() {
        if (redactAfterSend) {
            body = "";
            htmlBody = null;
            // a mailing's unsubscribe link is a secret too
            listUnsubscribeUrl = null;
            listUnsubscribeMailto = null;
        }
        status = Status.SENT;
        sentAt = Instant.now();
        attempts++;
        lastError = null;
        heldUntil = null;
    }

    void markCaptured() {
        status = Status.CAPTURED;
        heldUntil = null;
    }

    /** Counts a failed try and holds the message back until {@code retryAt}. */
    void markFailed(String error, Instant retryAt) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(300, error.length()));
        heldUntil = retryAt;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    /**
     * The body as staff see it in the outbox: a mailing's one-click unsubscribe address (which works for
     * whoever has it) replaced by {@code mask}.
     */
    public String bodyMasked(String mask) {
        if (body == null || listUnsubscribeUrl == null || listUnsubscribeUrl.isEmpty()) {
            return body;
        }
        return body.replace(listUnsubscribeUrl, mask);
    }

    /** Whether the body was blanked after delivery because it held a one-time link. */
    public boolean redacted() {
        return redactAfterSend && status == Status.SENT;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** The HTML part sent beside the plain text, or null for plain text alone. */
    public String html() {
        return htmlBody;
    }

    /** The mailing's unsubscribe, or null for a message that is not part of one. */
    public ListUnsubscribe listUnsubscribe() {
        return listUnsubscribeUrl == null ? null : new ListUnsubscribe(listUnsubscribeUrl, listUnsubscribeMailto);
    }
}
