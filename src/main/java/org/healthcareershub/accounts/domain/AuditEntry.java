package org.healthcareershub.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One staff action: who did what to which record, and when. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String actor;
    private String action;
    private String subject;
    private String detail;
    private Instant createdAt;

    protected AuditEntry() {}

    public AuditEntry(String actor, String action, String subject, String detail) {
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail;
        this.createdAt = Instant.now();
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
