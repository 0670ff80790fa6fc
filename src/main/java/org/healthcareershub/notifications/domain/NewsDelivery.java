package org.healthcareershub.notifications.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An issue queued for one subscriber: written in the transaction that puts the mail in the outbox, and
 * unique per issue and subscriber, so a send that resumes skips whoever already has it.
 */
@Entity
@Table(name = "news_delivery")
public class NewsDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long issueId;
    private Long subscriberId;
    private Long outgoingMailId;
    private Instant queuedAt;

    protected NewsDelivery() {}

    NewsDelivery(long issueId, long subscriberId, long outgoingMailId, Instant now) {
        this.issueId = issueId;
        this.subscriberId = subscriberId;
        this.outgoingMailId = outgoingMailId;
        this.queuedAt = now;
    }
}
