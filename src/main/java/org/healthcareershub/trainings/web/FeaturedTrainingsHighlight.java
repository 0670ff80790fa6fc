package org.healthcareershub.trainings.web;

import java.util.Locale;
import java.util.Optional;
import org.healthcareershub.careers.CareerHighlights;
import org.healthcareershub.trainings.TrainingCatalog;
import org.springframework.stereotype.Component;

/** Puts the featured trainings of a career on its page. */
@Component
class FeaturedTrainingsHighlight implements CareerHighlights {

    private final TrainingCatalog catalog;

    FeaturedTrainingsHighlight(TrainingCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<Highlight> highlightFor(String careerSlug, Locale locale) {
        var items = catalog.featured(careerSlug, 4, locale).stream()
                .map(t -> new Item(t.title(), t.provider(), "/trainings/" + t.id(), t.sample()))
                .toList();
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(new Highlight(
                        "featured-trainings",
                        "careers.featuredTrainings",
                        items,
                        "/trainings?career=" + careerSlug,
                        "careers.featuredTrainings.more"));
    }
}
