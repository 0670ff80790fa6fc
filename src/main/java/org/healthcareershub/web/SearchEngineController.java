package org.healthcareershub.web;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

@Controller
class SearchEngineController {

    static final List<String> PRIVATE_AREAS = List.of("/admin", "/account", "/employer");

    /** Both files change with the content (new jobs, new employers): crawlers may keep them an hour. */
    private static final CacheControl SHORT =
            CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

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
                .cacheControl(SHORT)
                .body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + urls + "</urlset>\n");
    }

    /**
     * Keeps crawlers out of the signed-in areas. Each is named as a folder and as the exact path ({@code $}),
     * because a rule is a prefix: {@code Disallow: /employer} alone would also shut out the public
     * {@code /employers} directory.
     */
    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String rules = PRIVATE_AREAS.stream()
                .map(area -> "Disallow: " + area + "/\nDisallow: " + area + "$\n")
                .collect(Collectors.joining());
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .cacheControl(SHORT)
                .body("User-agent: *\n" + rules + "\nSitemap: " + site.absolute("/sitemap.xml") + "\n");
    }
}
