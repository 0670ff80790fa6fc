package org.healthcareershub.talent.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Organizations' messages to seekers. */
public interface OutreachMessages extends JpaRepository<OutreachMessage, Long> {

    List<OutreachMessage> findBySeekerIdOrderBySentAtDescIdDesc(long seekerId);

    List<OutreachMessage> findByEmployerIdOrderBySentAtDescIdDesc(long employerId);

    Optional<OutreachMessage> findByIdAndSeekerId(long id, long seekerId);

    Optional<OutreachMessage> findByIdAndEmployerId(long id, long employerId);

    boolean existsByEmployerIdAndSeekerIdAndStatus(long employerId, long seekerId, OutreachStatus status);

    long countByEmployerIdAndSentAtGreaterThanEqual(long employerId, Instant since);

    long countBySeekerIdAndStatus(long seekerId, OutreachStatus status);

    @Modifying
    @Query("delete from OutreachMessage m where m.seekerId = :seekerId")
    int deleteBySeeker(@Param("seekerId") long seekerId);
}
