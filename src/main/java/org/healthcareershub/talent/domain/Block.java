package org.healthcareershub.talent.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A seeker blocked an organization: it can neither find nor reach them until they unblock it. */
@Entity
@Table(name = "talent_block")
public class Block {

    /** The seeker and the organization. */
    @Embeddable
    public record Key(long seekerId, long employerId) implements Serializable {}

    @EmbeddedId
    private Key key;

    private Instant createdAt;

    protected Block() {}

    public Block(long seekerId, long employerId, Instant now) {
        this.key = new Key(seekerId, employerId);
        this.createdAt = now;
    }

    public long employerId() {
        return key.employerId();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
