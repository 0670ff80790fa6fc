package org.healthcareershub.notifications.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NewsIssues extends JpaRepository<NewsIssue, Long> {

    List<NewsIssue> findAllByOrderByIdDesc();

    @Query("select i.id from NewsIssue i where i.status = :status order by i.id")
    List<Long> findIdsByStatus(@Param("status") NewsIssue.Status status);

    /**
     * Takes a sending issue for one sender until {@code until} (or keeps it, for the sender holding it): one
     * conditional update, so two senders never work on one issue at once.
     */
    @Modifying
    @Query("update NewsIssue i set i.claimedUntil = :until, i.claimedBy = :run where i.id = :id"
            + " and i.status = :status and (i.claimedUntil is null or i.claimedUntil < :now)")
    int claim(
            @Param("id") long id,
            @Param("run") String run,
            @Param("status") NewsIssue.Status status,
            @Param("now") Instant now,
            @Param("until") Instant until);

    /** Extends the hold of run {@code run}; 0 when another run took the issue (the hold lapsed). */
    @Modifying
    @Query("update NewsIssue i set i.claimedUntil = :until where i.id = :id and i.claimedBy = :run")
    int extendClaim(@Param("id") long id, @Param("run") String run, @Param("until") Instant until);

    /** Marks the issue SENT, if run {@code run} still holds it; 0 otherwise. */
    @Modifying
    @Query("update NewsIssue i set i.status = :sent, i.total = :delivered, i.sentAt = :now, i.claimedUntil = null,"
            + " i.claimedBy = null where i.id = :id and i.claimedBy = :run")
    int finish(
            @Param("id") long id,
            @Param("run") String run,
            @Param("sent") NewsIssue.Status sent,
            @Param("delivered") int delivered,
            @Param("now") Instant now);
}
