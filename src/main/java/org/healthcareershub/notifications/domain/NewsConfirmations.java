package org.healthcareershub.notifications.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NewsConfirmations extends JpaRepository<NewsConfirmation, Long> {

    Optional<NewsConfirmation> findByTokenHash(String tokenHash);

    /** Uses a link up: one conditional update, so of two clicks racing exactly one sees 1. */
    @Modifying
    @Query("update NewsConfirmation c set c.usedAt = :now where c.id = :id and c.usedAt is null and c.expiresAt > :now")
    int redeem(@Param("id") long id, @Param("now") Instant now);

    /** Forgets requests whose link expired a day ago or more (used or not). */
    @Modifying
    @Query("delete from NewsConfirmation c where c.expiresAt < :before")
    int deleteExpiredBefore(@Param("before") Instant before);

    @Modifying
    @Query("delete from NewsConfirmation c where lower(c.email) = lower(:email)")
    int deleteByEmail(@Param("email") String email);
}
