package org.healthcareershub.employers;

import java.util.List;
import java.util.Map;

/**
 * A page of employers, nearest first when a place was given, with facet counts (each counted with every
 * other filter applied).
 */
public record EmployerResults(
        List<EmployerHit> hits,
        long total,
        int page,
        int pageSize,
        Map<String, Long> settings,
        Map<String, Long> careers,
        Map<String, Long> regions) {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
