package org.healthcareershub.jobs.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Interests extends JpaRepository<JobInterest, Long> {

    Optional<JobInterest> findByPostingIdAndAccountId(long postingId, long accountId);

    List<JobInterest> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

    List<JobInterest> findByEmployerIdOrderByPostingIdDescCreatedAtDescIdDesc(long employerId);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from JobInterest i where i.accountId = :accountId")
    int deleteByAccount(long accountId);
}
