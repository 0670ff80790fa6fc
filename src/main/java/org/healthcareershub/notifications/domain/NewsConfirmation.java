package org.healthcareershub.notifications.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A request to get career news, waiting for the link mailed to its address (only the link's hash is kept). */
@Entity
@Table(name = "news_confirmation")
public class NewsConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String language;

    @Embedded
    private NewsTopics topics;

    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected NewsConfirmation() {}

    NewsConfirmation(
            String email, String language, NewsTopics topics, String tokenHash, Instant now, Instant expiresAt) {
        this.email = email;
        this.language = language;
        this.topics = topics;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
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

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
