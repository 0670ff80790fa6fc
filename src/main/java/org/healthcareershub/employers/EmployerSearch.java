package org.healthcareershub.employers;

import java.util.Set;
import org.healthcareershub.geo.GeoPoint;

/** One directory search: text, setting types, a career, a region, a place with a radius, and a page. */
public record EmployerSearch(
        String text,
        Set<String> settings,
        String career,
        String region,
        GeoPoint near,
        int radiusMiles,
        int page,
        int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 10;

    public EmployerSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        settings = settings == null ? Set.of() : Set.copyOf(settings);
        career = career == null || career.isBlank() ? null : career;
        region = region == null || region.isBlank() ? null : region;
        page = Math.max(1, page);
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, 100);
    }
}
