package org.healthcareershub.notifications.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An issue of career news: a draft staff edit, then sending (in the background), then sent. */
@Entity
@Table(name = "news_issue")
public class NewsIssue {

    public enum Status {
        DRAFT,
        SENDING,
        SENT,
        /** Sending stopped with an error {@code hub.news.attempts} times; nothing takes it up again. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String body;

    @Embedded
    private NewsTopics topics;

    @Enumerated(EnumType.STRING)
    private Status status;

    /** How many subscribers it was for when sending began (how many got it, once sent). */
    private int total;

    private Instant createdAt;
    private Instant updatedAt;
    private Instant sendingAt;
    private Instant sentAt;
    private Instant claimedUntil;
    private String claimedBy;
    private int attempts;
    private String lastError;

    protected NewsIssue() {}

    NewsIssue(NewsRules.IssueInput input, Instant now) {
        this.status = Status.DRAFT;
        this.createdAt = now;
        edit(input, now);
    }

    void edit(NewsRules.IssueInput input, Instant now) {
        this.title = input.title().strip();
        this.body = input.body();
        this.topics = new NewsTopics(NewsChoices.of(input.careers()), NewsChoices.of(input.regions()));
        this.updatedAt = now;
    }

    void startSending(int total, Instant now) {
        this.status = Status.SENDING;
        this.total = total;
        this.sendingAt = now;
    }

    /**
     * A run that held the issue stopped with {@code error} (an exception's class name): counts the attempt and,
     * at {@code maxAttempts}, marks the issue FAILED. The hold stays until it lapses, so a retry waits for it.
     */
    void failed(String error, int maxAttempts) {
        this.attempts++;
        this.lastError = error;
        if (attempts >= maxAttempts) {
            this.status = Status.FAILED;
            this.claimedUntil = null;
            this.claimedBy = null;
        }
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    String claimedBy() {
        return claimedBy;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public NewsTopics topics() {
        return topics;
    }

    public Status status() {
        return status;
    }

    public boolean draft() {
        return status == Status.DRAFT;
    }

    public int total() {
        return total;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant sendingAt() {
        return sendingAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
