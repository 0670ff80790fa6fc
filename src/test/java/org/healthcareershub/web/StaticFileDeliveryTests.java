package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How files and text answers travel, over real HTTP: Tomcat's compression and the cache headers of static
 * files are not visible in MockMvc.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticFileDeliveryTests {

    static final Set<String> IMMUTABLE = Set.of("public", "max-age=31536000", "immutable");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    Document employers;

    @BeforeEach
    void readTheEmployerDirectory() throws Exception {
        employers = Jsoup.parse(new String(get("/employers?near=12207", false).body(), "UTF-8"));
    }

    @Test
    void compressesScriptsStylesPagesAndFeeds() throws Exception {
        List<String> paths = List.of(
                script("htmx"),
                script("map"),
                leaflet("data-leaflet"),
                leaflet("data-leaflet-css"),
                stylesheet(),
                "/employers?near=12207",
                "/sitemap.xml",
                "/api/v1/trainings?q=care");
        for (String path : paths) {
            HttpResponse<byte[]> gzipped = get(path, true);
            assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
            assertThat(gzipped.headers().firstValue("Content-Encoding"))
                    .as(path + " ("
                            + gzipped.headers().firstValue("Content-Type").orElse("") + ")")
                    .hasValue("gzip");
            byte[] plain = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
            assertThat(gzipped.body().length).as(path).isLessThan(plain.length);
        }
    }

    /** A page from memory is answered by the page cache's filters, not by the view: its headers must match. */
    @Test
    void aCareerPageFromMemoryTellsItsLanguageAsARenderedOneDoes() throws Exception {
        String flagship = "/careers/care-coordination-and-care-management";
        for (String language : List.of("en", "es")) {
            String path = flagship + "?lang=" + language;
            HttpResponse<byte[]> first = get(path, false);
            HttpResponse<byte[]> kept = get(path, false);
            HttpResponse<byte[]> keptGzipped = get(path, true);
            for (HttpResponse<byte[]> response : List.of(first, kept, keptGzipped)) {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Language"))
                        .as(language)
                        .hasValue(language);
                // it sets the language cookie: for this browser only
                assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                        .startsWith("private");
            }
            assertThat(kept.headers().firstValue("ETag"))
                    .isEqualTo(first.headers().firstValue("ETag"));
        }
        HttpResponse<byte[]> anonymous = get(flagship, false);
        assertThat(anonymous.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(anonymous.headers().firstValue("Cache-Control").orElse("")).startsWith("public");
    }

    @Test
    void cachesHashedAndVersionedFilesForAYearAsImmutable() throws Exception {
        assertThat(stylesheet()).matches("/css/hub-[0-9a-f]{32}\\.css");
        assertThat(script("map")).matches("/js/map-[0-9a-f]{32}\\.js");
        assertThat(script("htmx")).matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js");
        assertThat(leaflet("data-leaflet")).matches("/webjars/leaflet/[0-9.]+/dist/leaflet\\.js");
        for (String path : List.of(
                stylesheet(), script("map"), script("htmx"), leaflet("data-leaflet"), leaflet("data-leaflet-css"))) {
            HttpResponse<byte[]> response = get(path, false);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(cacheControl(response)).as(path).isEqualTo(IMMUTABLE);
        }
    }

    @Test
    void keepsFilesWithoutAHashOnlyBriefly() throws Exception {
        for (String path : List.of(
                "/css/hub.css",
                "/js/map.js",
                "/webjars/htmx.org/dist/htmx.min.js",
                "/favicon.ico",
                "/favicon.svg",
                "/robots.txt",
                "/sitemap.xml")) {
            HttpResponse<byte[]> response = get(path, false);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Set<String> directives = cacheControl(response);
            assertThat(directives).as(path).doesNotContain("immutable", "no-store");
            int maxAge = directives.stream()
                    .filter(d -> d.startsWith("max-age="))
                    .mapToInt(d -> Integer.parseInt(d.substring("max-age=".length())))
                    .findFirst()
                    .orElseThrow();
            assertThat(maxAge).as(path).isPositive().isLessThanOrEqualTo(86_400);
        }
    }

    @Test
    void aWrongHashIsA404ThatNoCacheKeeps() throws Exception {
        HttpResponse<byte[]> response = get("/css/hub-0123456789abcdef0123456789abcdef.css", false);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(cacheControl(response)).doesNotContain("immutable");
    }

    @Test
    void onlyPagesWithAMapNameLeafletAndNoneWaitsForIt() throws Exception {
        for (String path :
                List.of("/", "/careers/care-coordination-and-care-management", "/trainings?q=care", "/jobs")) {
            assertThat(new String(get(path, false).body(), "UTF-8")).as(path).doesNotContain("leaflet");
        }
        // the map script fetches Leaflet when the map comes near the screen: no tag of the page loads it
        assertThat(employers.select("[href*=leaflet], [src*=leaflet]")).isEmpty();
        assertThat(employers.select("head script[src]"))
                .allSatisfy(script -> assertThat(script.hasAttr("defer"))
                        .as(script.attr("src"))
                        .isTrue());
    }

    private String stylesheet() {
        return employers.select("link[rel=stylesheet][href*=/css/hub]").attr("href");
    }

    private String script(String name) {
        String src = employers.select("script[src*=" + name + "]").attr("src");
        assertThat(src).as(name).isNotEmpty();
        return src;
    }

    /** Leaflet is not in the page: the map script loads it, from the addresses it carries. */
    private String leaflet(String attribute) {
        String href = employers.select("script[src*=/js/map]").attr(attribute);
        assertThat(href).as(attribute).isNotEmpty();
        return href;
    }

    private static Set<String> cacheControl(HttpResponse<?> response) {
        return response.headers().allValues("Cache-Control").stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .collect(Collectors.toSet());
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
