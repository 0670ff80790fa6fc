package org.healthcareershub.jobs;

import java.math.BigDecimal;
import java.util.Set;
import org.healthcareershub.geo.GeoPoint;

/**
 * One job search: free text, filters, an optional place and radius, a sort and a page (1-based).
 * {@code minYearlyPay} is in dollars a year: an hourly range counts {@value PayRange#HOURS_PER_YEAR} hours a
 * year, and a posting matches when its range starts at or above it. {@code postedWithinDays} null is any
 * time; remote postings match any place.
 */
public record JobSearch(
        String text,
        String career,
        String employer,
        Set<EmploymentType> types,
        Set<WorkSchedule> schedules,
        Set<JobLanguage> languages,
        BigDecimal minYearlyPay,
        Integer postedWithinDays,
        GeoPoint near,
        int radiusMiles,
        JobSort sort,
        int page,
        int pageSize) {

    public static final int DEFAULT_RADIUS = 25;
    public static final int DEFAULT_PAGE_SIZE = 10;

    public JobSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        career = career == null || career.isBlank() ? null : career;
        employer = employer == null || employer.isBlank() ? null : employer;
        types = types == null ? Set.of() : Set.copyOf(types);
        schedules = schedules == null ? Set.of() : Set.copyOf(schedules);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        sort = sort == null ? JobSort.RELEVANCE : sort;
        page = Math.max(1, page);
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, 100);
    }

    /** Every open posting, first page, default sort. */
    public static JobSearch all() {
        return new JobSearch(null, null, null, null, null, null, null, null, null, DEFAULT_RADIUS, null, 1, 0);
    }

    public JobSearch withSort(JobSort newSort) {
        return new JobSearch(
                text,
                career,
                employer,
                types,
                schedules,
                languages,
                minYearlyPay,
                postedWithinDays,
                near,
                radiusMiles,
                newSort,
                page,
                pageSize);
    }

    public JobSearch withCareer(String slug) {
        return new JobSearch(
                text,
                slug,
                employer,
                types,
                schedules,
                languages,
                minYearlyPay,
                postedWithinDays,
                near,
                radiusMiles,
                sort,
                page,
                pageSize);
    }
}
