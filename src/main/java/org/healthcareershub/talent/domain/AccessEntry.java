package org.healthcareershub.talent.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.healthcareershub.talent.AccessKind;

/** One use of a seeker's visibility by an organization, for the seeker's access log. Never changed. */
@Entity
@Table(name = "talent_access")
public class AccessEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private AccessKind kind;

    private long employerId;
    private long seekerId;
    private String handle;
    private Instant at;

    protected AccessEntry() {}

    public AccessEntry(AccessKind kind, long employerId, long seekerId, String handle, Instant at) {
        this.kind = kind;
        this.employerId = employerId;
        this.seekerId = seekerId;
        this.handle = handle;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public AccessKind getKind() {
        return kind;
    }

    public long getEmployerId() {
        return employerId;
    }

    public long getSeekerId() {
        return seekerId;
    }

    public String getHandle() {
        return handle;
    }

    public Instant getAt() {
        return at;
    }
}
