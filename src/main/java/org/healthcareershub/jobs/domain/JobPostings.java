package org.healthcareershub.jobs.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.healthcareershub.jobs.CloseReason;
import org.healthcareershub.jobs.JobStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface JobPostings extends JpaRepository<JobPosting, Long> {

    @Query("select p.id from JobPosting p where p.status = :status and p.closingDate < :date order by p.id")
    List<Long> idsClosingBefore(JobStatus status, LocalDate date);

    @Query("select p.id from JobPosting p where p.status = :status and p.closingDate <= :date"
            + " and p.reminderSentAt is null order by p.id")
    List<Long> idsToRemind(JobStatus status, LocalDate date);

    /** Claims the reminder of a posting still published and not yet reminded: 1 when this caller got it. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update JobPosting p set p.reminderSentAt = :now where p.id = :id and p.status = :status"
            + " and p.reminderSentAt is null")
    int claimReminder(long id, JobStatus status, Instant now);

    List<JobPosting> findByStatusAndClosingDateGreaterThanEqualOrderById(JobStatus status, LocalDate today);

    List<JobPosting> findByEmployerSlugAndStatusAndClosingDateGreaterThanEqualOrderByPublishedAtDescIdDesc(
            String employerSlug, JobStatus status, LocalDate today, Pageable page);

    long countByCareerSlugAndStatusAndClosingDateGreaterThanEqual(String careerSlug, JobStatus status, LocalDate today);

    List<JobPosting> findByEmployerIdOrderByUpdatedAtDesc(long employerId);

    List<JobPosting> findByEmployerIdAndStatus(long employerId, JobStatus status);

    List<JobPosting> findByEmployerIdAndStatusAndCloseReason(long employerId, JobStatus status, CloseReason reason);

    List<JobPosting> findByEmployerIdAndSiteId(long employerId, long siteId);

    /** Stops at the first sample: asked at every start, it must not read a board of any size. */
    boolean existsBySampleTrue();

    @Query("select p from JobPosting p where p.sample = true and p.status in :statuses and p.closingDate < :date"
            + " order by p.closingDate, p.id")
    List<JobPosting> findSamplesClosingBefore(List<JobStatus> statuses, LocalDate date, Limit limit);
}
