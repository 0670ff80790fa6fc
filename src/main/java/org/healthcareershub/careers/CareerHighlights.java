package org.healthcareershub.careers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A section another module adds to a career page (featured trainings, employers hiring, ...), so careers
 * need not depend on those modules.
 */
public interface CareerHighlights {

    Optional<Highlight> highlightFor(String careerSlug, Locale locale);

    /** A titled list of links, with a link to see more. Keys name messages. */
    record Highlight(String id, String headingKey, List<Item> items, String moreHref, String moreKey) {}

    /** One link; {@code sample} marks invented demo data, which every page must label as such. */
    record Item(String title, String detail, String href, boolean sample) {}
}
