package org.healthcareershub.employers.web;

import java.util.ArrayList;
import java.util.List;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.web.SitemapContributor;
import org.springframework.stereotype.Component;

@Component
class EmployerSitemap implements SitemapContributor {

    private final EmployerDirectory directory;

    EmployerSitemap(EmployerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<String> sitemapPaths() {
        List<String> paths = new ArrayList<>(List.of("/employers"));
        directory.publicSlugs().forEach(slug -> paths.add("/employers/" + slug));
        return paths;
    }
}
