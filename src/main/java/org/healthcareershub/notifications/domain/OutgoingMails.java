package org.healthcareershub.notifications.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutgoingMails extends JpaRepository<OutgoingMail, Long> {

    /** Pending messages no sender holds a live claim on, oldest first. */
    @Query("select m.id from OutgoingMail m where m.status = :status and m.attempts < :attempts"
            + " and (m.heldUntil is null or m.heldUntil < :now) order by m.id")
    List<Long> findClaimable(
            @Param("status") OutgoingMail.Status status,
            @Param("attempts") int attempts,
            @Param("now") Instant now,
            Pageable page);

    /**
     * Takes a pending message for one sender until {@code until}: one conditional update, so of two senders
     * racing for it exactly one sees 1.
     */
    @Modifying
    @Query("update OutgoingMail m set m.heldUntil = :until where m.id = :id and m.status = :status"
            + " and (m.heldUntil is null or m.heldUntil < :now)")
    int claim(
            @Param("id") long id,
            @Param("status") OutgoingMail.Status status,
            @Param("now") Instant now,
            @Param("until") Instant until);

    List<OutgoingMail> findAllByOrderByIdDesc(Pageable page);

    @Modifying
    @Query("delete from OutgoingMail m where lower(m.recipient) = lower(:recipient)")
    int deleteByRecipient(@Param("recipient") String recipient);

    @Modifying
    @Query("delete from OutgoingMail m where m.aboutAccountId = :accountId")
    int deleteByAboutAccount(@Param("accountId") long accountId);
}
