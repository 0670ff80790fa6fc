package org.healthcareershub.employers;

import java.util.List;

/**
 * The open postings an employer's public page lists. The job board implements it, so that employers need
 * not depend on it; with no implementation the page lists none.
 */
public interface EmployerOpenings {

    /** The organization's published, unexpired postings, newest first, at most {@code limit}. */
    List<Opening> openingsOf(String employerSlug, int limit);

    /** One posting as the profile links to it; {@code sample} marks invented demo data. */
    record Opening(long id, String title, String town, String href, boolean sample) {}
}
