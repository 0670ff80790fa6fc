package org.healthcareershub.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.healthcareershub.web.LinkSecret;

/**
 * A saved search an account asked to be mailed new results of: its kind (the search page, "trainings",
 * "employers" or "jobs"), the checked query string its module wrote, how often, and when it next runs.
 */
@Entity
@Table(name = "search_alert")
public class SearchAlert {

    /** How often an alert runs; forms name it in lower case. */
    public enum Frequency {
        DAILY(Duration.ofDays(1)),
        WEEKLY(Duration.ofDays(7));

        private final Duration period;

        Frequency(Duration period) {
            this.period = period;
        }

        public Duration period() {
            return period;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Frequency> fromCode(String code) {
            for (Frequency frequency : values()) {
                if (frequency.code().equals(code)) {
                    return Optional.of(frequency);
                }
            }
            return Optional.empty();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;
    private String kind;
    private String query;

    /** The SHA-256 of the query, so the database keeps one alert per account and search. */
    private String queryHash;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    private boolean paused;
    private Instant createdAt;
    private Instant nextRunAt;
    private Instant lastSentAt;

    /** Results published (listed) from this time on are new to the alert; it moves on as they are mailed. */
    private Instant baselineAt;

    /** Runs that failed in a row. */
    private int failures;

    @Version
    private long version;

    protected SearchAlert() {}

    SearchAlert(long accountId, String kind, String query, Frequency frequency, Instant now) {
        this.accountId = accountId;
        this.kind = kind;
        this.query = query;
        this.queryHash = LinkSecret.hash(query);
        this.frequency = frequency;
        this.createdAt = now;
        this.baselineAt = now;
        this.nextRunAt = now.plus(frequency.period());
    }

    /**
     * Runs next one period after the run that was due, so a run that starts late does not move the alert's
     * time of day; periods missed altogether (the job was down) are skipped, never caught up.
     */
    void ranAt(Instant now, boolean sent) {
        nextRunAt = following(now);
        failures = 0;
        if (sent) {
            lastSentAt = now;
        }
    }

    /** Results up to {@code newest} (when the newest mailed result was published) have been mailed. */
    void mailedUpTo(Instant newest) {
        if (newest != null && newest.isAfter(baselineAt)) {
            baselineAt = newest;
        }
    }

    /** A run that failed: the alert waits one period, not just until the job's next turn. */
    void failedAt(Instant now) {
        nextRunAt = following(now);
        failures++;
    }

    /** The first run time after {@code now} on this alert's schedule: its due run plus whole periods. */
    Instant following(Instant now) {
        Instant next = nextRunAt.plus(frequency.period());
        while (!next.isAfter(now)) {
            next = next.plus(frequency.period());
        }
        return next;
    }

    /** A new frequency counts from the last run (or the alert's creation), never into the past. */
    void setFrequency(Frequency frequency, Instant now) {
        Instant lastRun = nextRunAt.minus(this.frequency.period());
        this.frequency = frequency;
        Instant next = lastRun.plus(frequency.period());
        nextRunAt = next.isBefore(now) ? now : next;
    }

    /** Resuming an alert that was due while paused runs it at the next run of the job. */
    void setPaused(boolean paused) {
        this.paused = paused;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getKind() {
        return kind;
    }

    public String getQuery() {
        return query;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public boolean isPaused() {
        return paused;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextRunAt() {
        return nextRunAt;
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }

    public Instant getBaselineAt() {
        return baselineAt;
    }

    public int getFailures() {
        return failures;
    }
}
