package org.healthcareershub.jobs.web;

import org.healthcareershub.careers.CareerOpenings;
import org.healthcareershub.jobs.JobBoard;
import org.springframework.stereotype.Component;

/** Counts a career's open postings for its page. */
@Component
class CareerOpeningsCount implements CareerOpenings {

    private final JobBoard board;

    CareerOpeningsCount(JobBoard board) {
        this.board = board;
    }

    @Override
    public long openingsIn(String careerSlug) {
        return board.countOpen(careerSlug);
    }
}
