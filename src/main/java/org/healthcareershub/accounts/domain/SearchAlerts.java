package org.healthcareershub.accounts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SearchAlerts extends JpaRepository<SearchAlert, Long> {

    List<SearchAlert> findByAccountIdOrderByCreatedAtAscIdAsc(Long accountId);

    Optional<SearchAlert> findByIdAndAccountId(Long id, Long accountId);

    long countByAccountId(Long accountId);

    boolean existsByAccountIdAndKindAndQuery(Long accountId, String kind, String query);

    @Query("select a.id from SearchAlert a where a.paused = false and a.nextRunAt <= :now order by a.nextRunAt, a.id")
    List<Long> due(@Param("now") Instant now);

    @Query(value = "select result_key from search_alert_result where alert_id = :alertId", nativeQuery = true)
    List<String> sentKeys(@Param("alertId") Long alertId);

    @Modifying
    @Query(
            value = "insert into search_alert_result (alert_id, result_key, sent_at) values (:alertId, :key, :at)",
            nativeQuery = true)
    void remember(@Param("alertId") Long alertId, @Param("key") String key, @Param("at") Instant at);

    @Modifying
    @Query(
            value = "insert into search_alert_link (token_hash, alert_id, created_at) values (:hash, :alertId, :at)",
            nativeQuery = true)
    void addLink(@Param("hash") String hash, @Param("alertId") Long alertId, @Param("at") Instant at);

    @Query(value = "select alert_id from search_alert_link where token_hash = :hash", nativeQuery = true)
    Optional<Long> alertOfLink(@Param("hash") String hash);
}
