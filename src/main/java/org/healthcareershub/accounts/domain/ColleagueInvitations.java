package org.healthcareershub.accounts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ColleagueInvitations extends JpaRepository<ColleagueInvitation, Long> {

    Optional<ColleagueInvitation> findByTokenHash(String tokenHash);

    @Query("select i from ColleagueInvitation i where i.employerId = ?1 and i.usedAt is null and i.expiresAt > ?2"
            + " order by i.createdAt desc, i.id desc")
    List<ColleagueInvitation> findOpen(Long employerId, Instant now);

    @Query("select count(i) from ColleagueInvitation i where i.employerId = ?1 and i.createdAt > ?2")
    long countSince(Long employerId, Instant since);

    /** Marks one invitation used unless it already is; 0 means another request used it first. */
    @Modifying
    @Query("update ColleagueInvitation i set i.usedAt = ?2 where i.id = ?1 and i.usedAt is null")
    int use(Long id, Instant now);

    /** Retires the organization's open invitations to one address (a new one replaces them, or a cancel). */
    @Modifying
    @Query(
            "update ColleagueInvitation i set i.usedAt = ?3 where i.employerId = ?1 and i.email = ?2 and i.usedAt is null")
    int retireOpen(Long employerId, String email, Instant now);

    /** Retires the open invitations one person sent for the organization (they were removed from it). */
    @Modifying
    @Query(
            "update ColleagueInvitation i set i.usedAt = ?3 where i.employerId = ?1 and i.invitedBy = ?2 and i.usedAt is null")
    int retireSentBy(Long employerId, Long invitedBy, Instant now);
}
