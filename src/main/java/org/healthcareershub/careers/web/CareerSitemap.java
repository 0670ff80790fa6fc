package org.healthcareershub.careers.web;

import java.util.ArrayList;
import java.util.List;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.web.SitemapContributor;
import org.springframework.stereotype.Component;

@Component
class CareerSitemap implements SitemapContributor {

    private final CareerCatalog catalog;

    CareerSitemap(CareerCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<String> sitemapPaths() {
        List<String> paths = new ArrayList<>(List.of("/", "/get-started", "/careers"));
        catalog.slugs().forEach(slug -> paths.add("/careers/" + slug));
        return paths;
    }
}
