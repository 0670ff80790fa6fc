package org.healthcareershub.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.healthcareershub.jobs.domain.JobPosting;
import org.healthcareershub.jobs.domain.JobPostingRules;
import org.healthcareershub.jobs.domain.JobPostings;
import org.healthcareershub.jobs.domain.JobSearcher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public job board: search, posting pages (and what became of a posting that is gone), similar
 * openings, and what the sitemap, career pages and employer pages list. Only open postings (published, not
 * past their closing date) are shown; drafts are seen by nobody outside their organization.
 */
@Service
@Transactional(readOnly = true)
public class JobBoard {

    private final JobPostings postings;
    private final JobSearcher searcher;
    private final Clock clock;

    JobBoard(JobPostings postings, JobSearcher searcher, Clock clock) {
        this.postings = postings;
        this.searcher = searcher;
        this.clock = clock;
    }

    public JobResults search(JobSearch search) {
        return searcher.search(search);
    }

    /**
     * A posting's page: an open posting, or one that is gone (expired or closed after it was public), whose
     * view says so. A draft, or an unknown id, is not found.
     */
    public JobView view(long id) {
        LocalDate today = today();
        JobPosting posting = postings.findById(id)
                .filter(p -> p.isOpen(today) || p.isGone(today))
                .orElseThrow(() -> new JobNotFoundException(id));
        return view(posting, today);
    }

    /** Open postings like this one near the same place, nearest first. */
    public List<JobHit> similar(long id, int limit) {
        JobPosting posting = postings.findById(id).orElseThrow(() -> new JobNotFoundException(id));
        List<Long> ids = searcher.similar(posting, limit);
        return postings.findAllById(ids).stream()
                .sorted(Comparator.comparingInt(p -> ids.indexOf(p.id())))
                .map(p -> JobSearcher.hit(p, posting.point()))
                .toList();
    }

    /** The ids of every open posting, for the sitemap. */
    public List<Long> openIds() {
        return postings.findByStatusAndClosingDateGreaterThanEqualOrderById(JobStatus.PUBLISHED, today()).stream()
                .map(JobPosting::id)
                .toList();
    }

    /** How many open postings a career has. */
    public long countOpen(String careerSlug) {
        return postings.countByCareerSlugAndStatusAndClosingDateGreaterThanEqual(
                careerSlug, JobStatus.PUBLISHED, today());
    }

    /** An organization's open postings, newest first. */
    public List<JobHit> openOf(String employerSlug, int limit) {
        return postings
                .findByEmployerSlugAndStatusAndClosingDateGreaterThanEqualOrderByPublishedAtDescIdDesc(
                        employerSlug, JobStatus.PUBLISHED, today(), PageRequest.of(0, limit))
                .stream()
                .map(p -> JobSearcher.hit(p, null))
                .toList();
    }

    private LocalDate today() {
        return JobPostingRules.today(clock);
    }

    static JobView view(JobPosting p, LocalDate today) {
        var d = p.details();
        return new JobView(
                p.id(),
                d.title(),
                p.employerId(),
                p.employerSlug(),
                p.employerName(),
                d.careerSlug(),
                d.jobTitle(),
                d.socCode(),
                d.workplace(),
                d.site().name(),
                d.site().street(),
                d.site().city(),
                d.site().zip(),
                d.site().county(),
                d.site().region(),
                d.site().point(),
                d.description(),
                d.employmentType(),
                d.schedules(),
                d.pay(),
                d.education(),
                d.licenses(),
                d.yearsExperience(),
                d.benefits() == null
                        ? List.of()
                        : d.benefits()
                                .lines()
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .toList(),
                d.languages(),
                d.bilingualDifferential(),
                d.caseload(),
                d.fieldWorkPercent(),
                d.applyOnPortal(),
                d.applyUrl(),
                d.closingDate(),
                p.publishedAt(),
                p.status(),
                p.closeReason(),
                p.isGone(today),
                p.sample(),
                p.takedownReason());
    }
}
