package org.healthcareershub.talent.domain;

import java.util.List;

/**
 * A page of an organization's talent search: {@code total} counts the matches up to the cap ({@code capped}
 * when there were more), {@code pages} how many pages of them may be read.
 */
public record TalentResults(List<TalentHit> hits, int total, boolean capped, int page, int pages) {

    public TalentResults {
        hits = List.copyOf(hits);
    }
}
