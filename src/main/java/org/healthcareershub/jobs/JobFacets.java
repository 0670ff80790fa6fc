package org.healthcareershub.jobs;

import java.util.Map;

/**
 * How many results each filter value would give, counted with every other active filter applied, so a
 * value's count is what choosing it would show.
 */
public record JobFacets(
        Map<EmploymentType, Long> types,
        Map<WorkSchedule, Long> schedules,
        Map<JobLanguage, Long> languages,
        Map<String, Long> careers) {}
