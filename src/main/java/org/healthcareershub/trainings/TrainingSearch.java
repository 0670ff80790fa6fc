package org.healthcareershub.trainings;

import java.math.BigDecimal;
import java.util.Set;
import org.healthcareershub.geo.GeoPoint;

/**
 * One catalog search: free text, filters, an optional place and radius, a sort order and a page (1-based).
 * {@code maxCost} of zero means free programs only; any other value means "under" that amount.
 */
public record TrainingSearch(
        String text,
        Set<CredentialType> types,
        Set<DeliveryMode> modes,
        Set<Schedule> schedules,
        BigDecimal maxCost,
        String career,
        GeoPoint near,
        int radiusMiles,
        boolean includeOnline,
        TrainingSort sort,
        int page,
        int pageSize) {

    public static final int DEFAULT_RADIUS = 25;
    public static final int DEFAULT_PAGE_SIZE = 10;

    public TrainingSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        types = types == null ? Set.of() : Set.copyOf(types);
        modes = modes == null ? Set.of() : Set.copyOf(modes);
        schedules = schedules == null ? Set.of() : Set.copyOf(schedules);
        career = career == null || career.isBlank() ? null : career;
        sort = sort == null ? TrainingSort.RELEVANCE : sort;
        page = Math.max(1, page);
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, 100);
    }

    /** Everything published, first page, default sort. */
    public static TrainingSearch all() {
        return new TrainingSearch(
                null, null, null, null, null, null, null, DEFAULT_RADIUS, true, null, 1, DEFAULT_PAGE_SIZE);
    }

    public TrainingSearch withCareer(String slug) {
        return new TrainingSearch(
                text, types, modes, schedules, maxCost, slug, near, radiusMiles, includeOnline, sort, page, pageSize);
    }

    public TrainingSearch withPageSize(int size) {
        return new TrainingSearch(
                text, types, modes, schedules, maxCost, career, near, radiusMiles, includeOnline, sort, 1, size);
    }
}
