package org.healthcareershub.employers.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message a person sent an employer from its profile; kept whether or not the mail went out. A message
 * from an address nobody has confirmed is PENDING until its sender uses the emailed link (only the link's
 * hash is stored) and is deleted unsent once the link expires.
 */
@Entity
@Table(name = "employer_contact_request")
public class ContactRequest {

    public enum Status {
        /** Waiting for its sender to confirm the address; never shown or sent to the employer. */
        PENDING,
        /** Sent to the employer. */
        SENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employer_id")
    private Employer employer;

    private String name;
    private String email;
    private String phone;
    private String career;
    private String message;
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String tokenHash;
    private Instant expiresAt;
    private Instant sentAt;

    /** When the organization marked it answered in its portal; null while it waits for an answer. */
    private Instant answeredAt;

    protected ContactRequest() {}

    /** A new request; {@link #send} or {@link #awaitConfirmation} says which it is before it is saved. */
    public ContactRequest(
            Employer employer, String name, String email, String phone, String career, String message, Instant now) {
        this.employer = employer;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.career = career;
        this.message = message;
        this.createdAt = now;
    }

    /** Sent at once, its sender's address being confirmed. */
    public void send(Instant now) {
        status = Status.SENT;
        sentAt = now;
    }

    /** Waits for the link whose secret hashes to {@code tokenHash}, until {@code expiresAt}. */
    public void awaitConfirmation(String tokenHash, Instant expiresAt) {
        status = Status.PENDING;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    public Long id() {
        return id;
    }

    public Employer employer() {
        return employer;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String career() {
        return career;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Status status() {
        return status;
    }

    public boolean isExpired(Instant now) {
        return status == Status.PENDING && !now.isBefore(expiresAt);
    }

    /** When it went to the employer; null while pending. */
    public Instant sentAt() {
        return sentAt;
    }

    /** The organization says it answered (at {@code now}, unless it already had). */
    public void markAnswered(Instant now) {
        if (status != Status.SENT) {
            throw new IllegalStateException("Contact request " + id + " was never delivered");
        }
        if (answeredAt == null) {
            answeredAt = now;
        }
    }

    /** The organization takes its "answered" back: the request waits for an answer again. */
    public void markUnanswered() {
        answeredAt = null;
    }

    /** When the organization marked it answered; null while it waits. */
    public Instant answeredAt() {
        return answeredAt;
    }
}
