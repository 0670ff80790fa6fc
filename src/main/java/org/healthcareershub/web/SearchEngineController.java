package org.healthcareershub.web;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

@Controller
class SearchEngineController {

    private final List<SitemapContributor> contributors;
    private final Site site;

    SearchEngineController(List<SitemapContributor> contributors, Site site) {
        this.contributors = contributors;
        this.site = site;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        String urls = contributors.stream()
                .flatMap(c -> c.sitemapPaths().stream())
                .distinct()
                .map(path -> "  <url><loc>" + HtmlUtils.htmlEscape(site.absolute(path)) + "</loc></url>\n")
                .collect(Collectors.joining());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + urls + "</urlset>\n");
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .body("User-agent: *\nDisallow: /admin\nDisallow: /account\nDisallow: /employer\n\nSitemap: "
                        + site.absolute("/sitemap.xml") + "\n");
    }
}
