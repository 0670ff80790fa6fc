package org.healthcareershub.talent.domain;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The organizations seekers blocked. */
public interface Blocks extends JpaRepository<Block, Block.Key> {

    @Query("select b from Block b where b.key.seekerId = :seekerId order by b.createdAt desc")
    List<Block> findBySeeker(@Param("seekerId") long seekerId);

    /** The seekers who blocked the organization, for the search to leave out. */
    @Query("select b.key.seekerId from Block b where b.key.employerId = :employerId")
    Set<Long> findSeekersBlocking(@Param("employerId") long employerId);

    @Modifying
    @Query("delete from Block b where b.key.seekerId = :seekerId")
    int deleteBySeeker(@Param("seekerId") long seekerId);
}
