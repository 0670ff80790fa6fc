package org.healthcareershub.talent.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The seekers' visibility rows, keyed by account id. */
public interface Visibilities extends JpaRepository<Visibility, Long> {

    /** Seekers organizations may find now (before any per-organization check), latest change first. */
    @Query("select v from Visibility v where v.state = 'VISIBLE' and v.endsAt > :now order by v.updatedAt desc,"
            + " v.seekerId")
    List<Visibility> findActive(@Param("now") Instant now);

    /** Not withdrawn, ending within the warning window, not warned yet. */
    @Query("select v.seekerId from Visibility v where v.state <> 'WITHDRAWN' and v.endsAt > :now"
            + " and v.endsAt <= :until and v.lapseWarnedAt is null")
    List<Long> findDueForWarning(@Param("now") Instant now, @Param("until") Instant until);

    /** Claims the week-ahead mail for one seeker; 0 when someone else claimed it (or it was renewed). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Visibility v set v.lapseWarnedAt = :now where v.seekerId = :seekerId"
            + " and v.lapseWarnedAt is null and v.state <> 'WITHDRAWN' and v.endsAt > :now and v.endsAt <= :until")
    int claimWarning(@Param("seekerId") long seekerId, @Param("now") Instant now, @Param("until") Instant until);
}
