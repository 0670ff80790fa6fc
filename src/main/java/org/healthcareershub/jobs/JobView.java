package org.healthcareershub.jobs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.geo.GeoPoint;

/**
 * Everything a posting page shows. {@code gone} says the posting was public and is not any more (expired
 * or closed): its page says so, with HTTP 410. {@code takedownReason} is why staff took it down (closed,
 * {@link CloseReason#UNPUBLISHED}), which its organization's editor shows and public pages do not.
 * {@code applyOnPortal} says the posting takes expressions of
 * interest on the portal ({@link JobInterests}); {@code applyUrl}, when there is one, is the organization's
 * own page to apply at. A posting has at least one of the two.
 */
public record JobView(
        long id,
        String title,
        long employerId,
        String employerSlug,
        String employerName,
        String careerSlug,
        String jobTitle,
        String socCode,
        Workplace workplace,
        String siteName,
        String street,
        String city,
        String zip,
        String county,
        String region,
        GeoPoint point,
        String description,
        EmploymentType employmentType,
        Set<WorkSchedule> schedules,
        PayRange pay,
        EducationLevel education,
        String licenses,
        int yearsExperience,
        List<String> benefits,
        Set<JobLanguage> languages,
        BigDecimal bilingualDifferential,
        Integer caseload,
        Integer fieldWorkPercent,
        boolean applyOnPortal,
        String applyUrl,
        LocalDate closingDate,
        Instant publishedAt,
        JobStatus status,
        CloseReason closeReason,
        boolean gone,
        boolean sample,
        // staff's words to the organization: its editor shows them, the public API never does
        @JsonIgnore String takedownReason) {

    /**
     * Whether a seeker may express interest in it on the portal now: it is open, takes interest there, and
     * is not sample data (a sample organization is fictional: nobody would read what a seeker shared).
     */
    public boolean acceptsInterest() {
        return applyOnPortal && !sample && status == JobStatus.PUBLISHED && !gone;
    }
}
