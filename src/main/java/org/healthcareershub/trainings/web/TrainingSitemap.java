package org.healthcareershub.trainings.web;

import java.util.ArrayList;
import java.util.List;
import org.healthcareershub.trainings.TrainingCatalog;
import org.healthcareershub.web.SitemapContributor;
import org.springframework.stereotype.Component;

@Component
class TrainingSitemap implements SitemapContributor {

    private final TrainingCatalog catalog;

    TrainingSitemap(TrainingCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<String> sitemapPaths() {
        List<String> paths = new ArrayList<>(List.of("/trainings", "/trainings/guide"));
        catalog.published().forEach(t -> paths.add("/trainings/" + t.id()));
        return paths;
    }
}
