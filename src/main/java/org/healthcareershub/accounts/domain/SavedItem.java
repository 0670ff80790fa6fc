package org.healthcareershub.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Something an account saved to come back to: a training (by id), an employer (by slug) or a job posting (by id). */
@Entity
@Table(name = "saved_item")
public class SavedItem {

    /** What can be saved; forms and pages name a kind in lower case ("training"). */
    public enum Kind {
        TRAINING,
        EMPLOYER,
        JOB;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> fromCode(String code) {
            for (Kind kind : values()) {
                if (kind.code().equals(code)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        /** Whether {@code key} has the shape of this kind's keys (a training or posting id, an employer slug). */
        public boolean accepts(String key) {
            return key != null
                    && switch (this) {
                        case TRAINING, JOB -> key.matches("[1-9][0-9]{0,17}");
                        case EMPLOYER -> key.matches("[a-z0-9][a-z0-9-]{0,119}");
                    };
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String itemKey;
    private Instant createdAt;

    protected SavedItem() {}

    SavedItem(long accountId, Kind kind, String itemKey) {
        this.accountId = accountId;
        this.kind = kind;
        this.itemKey = itemKey;
        this.createdAt = Instant.now();
    }

    public Kind getKind() {
        return kind;
    }

    public String getItemKey() {
        return itemKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** "training:12", the form pages use to ask whether something is saved. */
    public String token() {
        return token(kind, itemKey);
    }

    public static String token(Kind kind, String key) {
        return kind.code() + ":" + key;
    }
}
