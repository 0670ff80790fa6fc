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
    @Query("update NewsIssue i set i.claimedUntil = :until where i.id = :id and i.status = :status"
            + " and (i.claimedUntil is null or i.claimedUntil < :now)")
    int claim(
            @Param("id") long id,
            @Param("status") NewsIssue.Status status,
            @Param("now") Instant now,
            @Param("until") Instant until);

    @Modifying
    @Query("update NewsIssue i set i.claimedUntil = :until where i.id = :id")
    int extendClaim(@Param("id") long id, @Param("until") Instant until);
}
