package org.healthcareershub.jobs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.healthcareershub.jobs.ReportReason;

/**
 * A visitor's report that a posting is wrong: a reason from a fixed list and an optional note. It waits
 * OPEN for staff, who dismiss it or act on it (take the posting down, suspend its organization). Nothing
 * says who reported it.
 */
@Entity
@Table(name = "job_report")
public class JobReport {

    /** Where a report is: waiting for staff, or handled one way or the other. */
    public enum Status {
        OPEN,
        DISMISSED,
        ACTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_posting_id")
    private long postingId;

    @Enumerated(EnumType.STRING)
    private ReportReason reason;

    private String note;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant createdAt;
    private Instant handledAt;

    protected JobReport() {}

    public JobReport(long postingId, ReportReason reason, String note, Instant now) {
        this.postingId = postingId;
        this.reason = reason;
        this.note = note;
        this.status = Status.OPEN;
        this.createdAt = now;
    }

    /** Staff handled the report; one already handled keeps its first outcome. */
    public void handle(Status outcome, Instant now) {
        if (status == Status.OPEN) {
            status = outcome;
            handledAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public long postingId() {
        return postingId;
    }

    public ReportReason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant handledAt() {
        return handledAt;
    }
}
