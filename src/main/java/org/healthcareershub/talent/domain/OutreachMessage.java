package org.healthcareershub.talent.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An organization's message to a seeker it found in the talent search: about one of its open postings (whose
 * title it keeps) or general, and the seeker's answer. The seeker's email and phone are here only when the
 * seeker ticked them in a reply.
 */
@Entity
@Table(name = "talent_message")
public class OutreachMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long employerId;
    private long seekerId;
    private Long senderId;
    private String handle;
    private Long postingId;
    private String postingTitle;
    private String subject;
    private String body;

    @Enumerated(EnumType.STRING)
    private OutreachStatus status;

    // the seeker's id while unanswered: the unique key (employer_id, unanswered_seeker_id) allows one such
    private Long unansweredSeekerId;

    private Instant sentAt;
    private Instant readAt;
    private Instant answeredAt;
    private String reply;
    private String sharedEmail;
    private String sharedPhone;

    @Version
    private long version;

    protected OutreachMessage() {}

    public OutreachMessage(
            long employerId,
            long seekerId,
            Long senderId,
            String handle,
            Long postingId,
            String postingTitle,
            String subject,
            String body,
            Instant now) {
        this.employerId = employerId;
        this.seekerId = seekerId;
        this.senderId = senderId;
        this.handle = handle;
        this.postingId = postingId;
        this.postingTitle = postingTitle;
        this.subject = subject;
        this.body = body;
        this.status = OutreachStatus.UNANSWERED;
        this.unansweredSeekerId = seekerId;
        this.sentAt = now;
    }

    /** The seeker opened it; the first time counts. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** The seeker replies, sharing only what they ticked; false when it was answered already. */
    public boolean replyWith(String text, String email, String phone, Instant now) {
        if (status != OutreachStatus.UNANSWERED) {
            return false;
        }
        this.reply = text;
        this.sharedEmail = email;
        this.sharedPhone = phone;
        answer(OutreachStatus.REPLIED, now);
        return true;
    }

    /** The seeker says no; false when it was answered already. */
    public boolean decline(Instant now) {
        if (status != OutreachStatus.UNANSWERED) {
            return false;
        }
        answer(OutreachStatus.DECLINED, now);
        return true;
    }

    private void answer(OutreachStatus to, Instant now) {
        this.status = to;
        this.unansweredSeekerId = null;
        this.answeredAt = now;
        markRead(now);
    }

    public Long id() {
        return id;
    }

    public long employerId() {
        return employerId;
    }

    public long seekerId() {
        return seekerId;
    }

    public String handle() {
        return handle;
    }

    public Long postingId() {
        return postingId;
    }

    public String postingTitle() {
        return postingTitle;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public OutreachStatus status() {
        return status;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String reply() {
        return reply;
    }

    public String sharedEmail() {
        return sharedEmail;
    }

    public String sharedPhone() {
        return sharedPhone;
    }
}
