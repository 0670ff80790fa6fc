package org.healthcareershub.talent.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.healthcareershub.talent.AccessKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The access log's entries. */
public interface AccessEntries extends JpaRepository<AccessEntry, Long> {

    List<AccessEntry> findBySeekerIdOrderByAtDescIdDesc(long seekerId);

    /** Which of these seekers already have an entry of this kind for the organization since a moment. */
    @Query("select distinct a.seekerId from AccessEntry a where a.kind = :kind and a.employerId = :employerId"
            + " and a.seekerId in :seekerIds and a.at >= :since")
    List<Long> findLoggedSince(
            @Param("kind") AccessKind kind,
            @Param("employerId") long employerId,
            @Param("seekerIds") Collection<Long> seekerIds,
            @Param("since") Instant since);

    /** The seekers an organization has seen or contacted under a handle, most recent first. */
    @Query("select a.seekerId from AccessEntry a where a.employerId = :employerId and a.handle = :handle"
            + " order by a.at desc")
    List<Long> findSeekersByHandle(@Param("employerId") long employerId, @Param("handle") String handle);

    @Modifying
    @Query("delete from AccessEntry a where a.seekerId = :seekerId")
    int deleteBySeeker(@Param("seekerId") long seekerId);
}
