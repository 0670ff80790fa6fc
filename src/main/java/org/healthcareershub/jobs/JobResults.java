package org.healthcareershub.jobs;

import java.util.List;

/** A page of search results with the total and the facet counts. */
public record JobResults(List<JobHit> hits, long total, int page, int pageSize, JobFacets facets) {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }
}
