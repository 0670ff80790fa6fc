package org.healthcareershub.jobs.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.jobs.EmploymentType;
import org.healthcareershub.jobs.JobLanguage;
import org.healthcareershub.jobs.PayRange;
import org.healthcareershub.jobs.WorkSchedule;
import org.healthcareershub.jobs.Workplace;

/** Everything a posting says, checked by {@link JobPostingRules}. Optional parts are null or empty. */
public record JobDetails(
        String title,
        String careerSlug,
        String jobTitle,
        String socCode,
        Workplace workplace,
        HiringOrganization.Site site,
        String description,
        EmploymentType employmentType,
        Set<WorkSchedule> schedules,
        PayRange pay,
        EducationLevel education,
        String licenses,
        int yearsExperience,
        String benefits,
        Set<JobLanguage> languages,
        BigDecimal bilingualDifferential,
        Integer caseload,
        Integer fieldWorkPercent,
        boolean applyOnPortal,
        String applyUrl,
        LocalDate closingDate) {

    public JobDetails {
        schedules = Set.copyOf(schedules);
        languages = Set.copyOf(languages);
    }
}
