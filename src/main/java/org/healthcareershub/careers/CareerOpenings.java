package org.healthcareershub.careers;

/**
 * How many open job postings a career has, for its page. The job board implements it, so careers need not
 * depend on it; with no implementation the page shows no count.
 */
public interface CareerOpenings {

    long openingsIn(String careerSlug);
}
