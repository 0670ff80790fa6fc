package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Site-wide behaviour over real HTTP: error pages, security headers, sitemap and robots. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SiteWideTests.Failing.class)
@Tag("db")
class SiteWideTests {

    @LocalServerPort
    int port;

    @Autowired
    Site site;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void missingPageIsA404InTheLayoutWithAWayBackToCareers() throws Exception {
        HttpResponse<String> response = get("/careers/no-such-career");
        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("header.site-header")).hasSize(1);
        assertThat(page.select("main a[href=/careers]")).hasSize(1);
        assertThat(page.select("footer .site-footer__funding").text()).contains("HRSA");
    }

    @Test
    void versionsStaticFileLinksAndLeavesPageLinksAlone() throws Exception {
        HttpResponse<String> response = get("/trainings?q=care");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        String css = page.select("link[rel=stylesheet][href*=hub]").attr("href");
        assertThat(css).matches("/css/hub-[0-9a-f]{32}\\.css");
        assertThat(get(css).statusCode()).isEqualTo(200);
        assertThat(page.select("script[src*=htmx]").attr("src")).matches("/webjars/htmx.org/[0-9.]+/dist/htmx.min.js");
        assertThat(page.select("a[href^=/trainings/]").eachAttr("href"))
                .isNotEmpty()
                .allSatisfy(href -> assertThat(href).matches("/trainings/(\\d+|guide)"));
    }

    @Test
    void missingPageIsShownInSpanishToo() throws Exception {
        Document page = Jsoup.parse(get("/nowhere?lang=es").body());
        assertThat(page.select("h1").text()).isEqualTo("Página no encontrada");
    }

    @Test
    void spanishPagesShowNoBrokenCharacters() throws Exception {
        Document careers = Jsoup.parse(get("/careers?lang=es").body());
        Document trainings = Jsoup.parse(get("/trainings?lang=es").body());
        Document employers = Jsoup.parse(get("/employers?lang=es").body());
        List<String> paths = new ArrayList<>(List.of(
                "/", "/careers", "/get-started", "/trainings", "/employers", "/sign-in", "/sign-up", "/privacy"));
        paths.addAll(careers.select("main a[href~=^/careers/[a-z-]+$]").eachAttr("href"));
        paths.add(trainings.select("main a[href~=^/trainings/\\d+$]").first().attr("href"));
        paths.add(employers
                .select("main a[href~=^/employers/[a-z0-9-]+$]")
                .first()
                .attr("href"));
        assertThat(paths).hasSizeGreaterThan(12);
        paths.add("/no-such-page");
        for (String path : paths) {
            HttpResponse<String> response = get(path + "?lang=es");
            assertThat(response.statusCode()).as(path).isIn(200, 404);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("html").attr("lang")).as(path).isEqualTo("es");
            assertThat(page.select("footer").text()).as(path).contains("Administración", "subvención");
            assertThat(response.body()).as(path).doesNotContain("Ã", "Â", "â€", "\uFFFD");
        }
    }

    @Test
    void faviconIcoAnswersWithAnIconThatEveryPageLinks() throws Exception {
        HttpResponse<byte[]> icon = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/favicon.ico"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("image/"));
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
        assertThat(Jsoup.parse(get("/").body()).select("link[rel=icon]").eachAttr("href"))
                .contains("/favicon.ico");
    }

    @Test
    void unexpectedErrorIsA500PageWithoutAStackTrace() throws Exception {
        HttpResponse<String> response = get("/test/boom");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Something went wrong");
        assertThat(page.select("header.site-header")).hasSize(1);
        assertThat(response.body()).doesNotContain("IllegalStateException", "secret detail", "at org.");
    }

    @Test
    void everyResponseCarriesSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/careers/no-such-career", "/css/hub.css", "/sitemap.xml"}) {
            HttpResponse<String> response = get(path);
            String csp =
                    response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp)
                    .contains("script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
        }
    }

    @Test
    void sitemapListsEveryPublicPageAndRobotsPointsToIt() throws Exception {
        String sitemap = get("/sitemap.xml").body();
        assertThat(sitemap)
                .contains(
                        "<loc>http://localhost:8080/</loc>",
                        "<loc>http://localhost:8080/get-started</loc>",
                        "<loc>http://localhost:8080/careers</loc>",
                        "<loc>http://localhost:8080/careers/care-coordination-and-care-management</loc>",
                        "<loc>http://localhost:8080/careers/registered-nurse</loc>");
        assertThat(get("/robots.txt").body()).contains("Sitemap: http://localhost:8080/sitemap.xml");
    }

    @Test
    void unsupportedLanguageIsIgnored() throws Exception {
        HttpResponse<String> response = get("/careers?lang=xx");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void malformedQueryIsAnsweredWithAnErrorPageNotATrace() throws Exception {
        HttpResponse<String> response = get("/careers?q=%ff%fe");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Something went wrong");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/test/boom")
        String boom() {
            throw new IllegalStateException("secret detail");
        }
    }
}
