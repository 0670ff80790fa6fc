package org.healthcareershub.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** One posting in the results. {@code distanceMiles} is null without a searched place. */
public record JobHit(
        long id,
        String title,
        String employerName,
        String employerSlug,
        String careerSlug,
        String jobTitle,
        Workplace workplace,
        String city,
        String region,
        Double distanceMiles,
        EmploymentType employmentType,
        Set<WorkSchedule> schedules,
        PayRange pay,
        Set<JobLanguage> languages,
        Instant publishedAt,
        LocalDate closingDate,
        double latitude,
        double longitude,
        boolean sample) {}
