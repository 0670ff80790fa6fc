package org.healthcareershub.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An emailed invitation to join an organization's accounts. Like {@link AccountToken} it stores only the
 * SHA-256 of the link's secret and works once, before it expires; unlike it, it names an address rather than
 * an account, since the person invited may have none yet.
 */
@Entity
@Table(name = "colleague_invitation")
public class ColleagueInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long employerId;
    private String email;
    private Long invitedBy;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected ColleagueInvitation() {}

    ColleagueInvitation(
            Long employerId, String email, Long invitedBy, String tokenHash, Instant now, Instant expiresAt) {
        this.employerId = employerId;
        this.email = email;
        this.invitedBy = invitedBy;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public Long getInvitedBy() {
        return invitedBy;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public String getEmail() {
        return email;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
