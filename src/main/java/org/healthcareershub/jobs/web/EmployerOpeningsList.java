package org.healthcareershub.jobs.web;

import java.util.List;
import org.healthcareershub.employers.EmployerOpenings;
import org.healthcareershub.jobs.JobBoard;
import org.springframework.stereotype.Component;

/** Lists an organization's open postings on its public page. */
@Component
class EmployerOpeningsList implements EmployerOpenings {

    private final JobBoard board;

    EmployerOpeningsList(JobBoard board) {
        this.board = board;
    }

    @Override
    public List<Opening> openingsOf(String employerSlug, int limit) {
        return board.openOf(employerSlug, limit).stream()
                .map(h -> new Opening(h.id(), h.title(), h.city(), "/jobs/" + h.id(), h.sample()))
                .toList();
    }
}
