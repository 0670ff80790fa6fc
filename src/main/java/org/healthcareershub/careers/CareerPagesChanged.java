package org.healthcareershub.careers;

/**
 * Something a career page shows changed: its content, its published wages, or what another module adds to it
 * (the count of open postings, featured trainings). Published by careers and by the modules that implement
 * {@link CareerOpenings} or {@link CareerHighlights} whenever what they answer may have changed, so that the
 * page is rendered again. {@code careerSlug} null means every career; {@code listsToo} that the careers index
 * and the home page (which list careers) changed as well.
 */
public record CareerPagesChanged(String careerSlug, boolean listsToo) {

    /** What every career page adds from elsewhere (wages, openings, highlights) may have changed. */
    public static CareerPagesChanged everyCareer() {
        return new CareerPagesChanged(null, false);
    }

    /** The careers themselves changed: their pages and the pages that list them. */
    public static CareerPagesChanged everything() {
        return new CareerPagesChanged(null, true);
    }
}
