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

/** An address that confirmed it wants career news, with what it chose, until it unsubscribes. */
@Entity
@Table(name = "news_subscriber")
public class NewsSubscriber {

    public enum Status {
        ACTIVE,
        UNSUBSCRIBED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String language;

    @Embedded
    private NewsTopics topics;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String unsubscribeToken;
    private Instant confirmedAt;
    private Instant unsubscribedAt;

    protected NewsSubscriber() {}

    NewsSubscriber(String email, String unsubscribeToken) {
        this.email = email;
        this.unsubscribeToken = unsubscribeToken;
    }

    /** Active again (or for the first time) with these choices. */
    void confirm(String language, NewsTopics topics, Instant now) {
        this.language = language;
        this.topics = topics;
        this.status = Status.ACTIVE;
        this.confirmedAt = now;
        this.unsubscribedAt = null;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String language() {
        return language;
    }

    public NewsTopics topics() {
        return topics;
    }

    public Status status() {
        return status;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }

    /** Whether an issue aimed at these careers and regions is for this subscriber. */
    public boolean wants(NewsIssue issue) {
        return topics.meets(issue.topics());
    }
}
