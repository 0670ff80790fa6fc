package org.healthcareershub.jobs.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JobReports extends JpaRepository<JobReport, Long> {

    long countByStatus(JobReport.Status status);

    /** The ids of the postings with open reports, the one reported first at the top. */
    @Query("select r.postingId from JobReport r where r.status = :status group by r.postingId"
            + " order by min(r.createdAt), r.postingId")
    List<Long> postingIdsWith(JobReport.Status status, Pageable page);

    List<JobReport> findByPostingIdInAndStatusOrderByCreatedAtAscIdAsc(List<Long> postingIds, JobReport.Status status);

    List<JobReport> findByPostingIdAndStatus(long postingId, JobReport.Status status);

    @Query("select r from JobReport r where r.status = :status and r.postingId in"
            + " (select p.id from JobPosting p where p.employerId = :employerId)")
    List<JobReport> findOfEmployer(long employerId, JobReport.Status status);
}
