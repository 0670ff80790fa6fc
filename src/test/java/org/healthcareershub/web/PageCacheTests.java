package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.healthcareershub.careers.OewsTestFiles;
import org.healthcareershub.careers.WageSurveys;
import org.healthcareershub.careers.domain.OccupationWages;
import org.healthcareershub.jobs.CloseReason;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.TestPostings;
import org.healthcareershub.trainings.TrainingCatalog;
import org.healthcareershub.trainings.TrainingHit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Career pages, the careers index, the home page and Get Started served from memory ({@link PageCache}). */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class PageCacheTests {

    static final String FLAGSHIP = "/careers/care-coordination-and-care-management";
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor SEEKER = user("seeker").roles("SEEKER");
    static final List<String> SECURITY_HEADERS = List.of(
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "X-Frame-Options",
            "Permissions-Policy");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PageCache cache;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobEditor jobs;

    @Autowired
    Clock clock;

    @Autowired
    TrainingCatalog trainings;

    @Autowired
    WageSurveys wageSurveys;

    @Autowired
    OccupationWages wages;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    @AfterEach
    void startEmpty() {
        cache.evictAll();
    }

    MockHttpServletResponse get(String uri, RequestPostProcessor... with) {
        var request = mvc.get().uri(uri);
        for (RequestPostProcessor processor : with) {
            request = request.with(processor);
        }
        MvcTestResult result = request.exchange();
        return result.getResponse();
    }

    static String body(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    static Document html(MockHttpServletResponse response) {
        return Jsoup.parse(body(response));
    }

    @Test
    void keepsTheRenderedPageAndServesTheSameBytes() {
        MockHttpServletResponse rendered = get(FLAGSHIP);
        assertThat(cache.size()).isEqualTo(1);
        MockHttpServletResponse kept = get(FLAGSHIP);

        assertThat(rendered.getStatus()).isEqualTo(200);
        assertThat(kept.getContentAsByteArray()).isEqualTo(rendered.getContentAsByteArray());
        assertThat(kept.getHeader(HttpHeaders.ETAG))
                .isEqualTo(rendered.getHeader(HttpHeaders.ETAG))
                .isNotBlank();
        assertThat(kept.getContentLength()).isEqualTo(rendered.getContentAsByteArray().length);
        assertThat(html(kept).select("h1").text()).isEqualTo("Care Coordination & Care Management");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void servesFromMemoryWithoutRenderingAgainUntilTheContentChanges() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long posting = TestPostings.published(jobs, org, clock, "Care Coordinator (page cache)");
        String before = html(get(FLAGSHIP)).select("#openings-count").text();

        // behind the app's back: no event, so a page rendered again would show it, a kept page does not
        jdbc.update("update job_posting set status = 'CLOSED' where id = ?", posting);
        try {
            MockHttpServletResponse kept = get(FLAGSHIP);
            assertThat(html(kept).select("#openings-count").text()).isEqualTo(before);

            cache.evict(FLAGSHIP);
            MockHttpServletResponse fresh = get(FLAGSHIP);
            assertThat(html(fresh).select("#openings-count").text()).isNotEqualTo(before);
            assertThat(fresh.getHeader(HttpHeaders.ETAG)).isNotEqualTo(kept.getHeader(HttpHeaders.ETAG));
        } finally {
            // the search index still lists it as published: close it the proper way
            jdbc.update("update job_posting set status = 'PUBLISHED' where id = ?", posting);
            jobs.close(org.id(), posting, CloseReason.FILLED);
        }
    }

    @Test
    void publishingAndClosingAPostingChangesTheCountShown() {
        String first = get(FLAGSHIP).getHeader(HttpHeaders.ETAG);
        String count = html(get(FLAGSHIP)).select("#openings-count").text();
        TestPostings.Org org = TestPostings.albany(jdbc);
        long posting = TestPostings.published(jobs, org, clock, "Care Coordinator (count)");

        MockHttpServletResponse published = get(FLAGSHIP);
        assertThat(published.getHeader(HttpHeaders.ETAG)).isNotEqualTo(first);
        assertThat(html(published).select("#openings-count").text()).isNotEqualTo(count);

        jobs.close(org.id(), posting, CloseReason.FILLED);
        MockHttpServletResponse closed = get(FLAGSHIP);
        assertThat(closed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(published.getHeader(HttpHeaders.ETAG));
        assertThat(html(closed).select("#openings-count").text()).isEqualTo(count);
    }

    @Test
    void featuringATrainingChangesTheCareerPage() {
        List<TrainingHit> featured = trainings.featured("care-coordination-and-care-management", 4);
        assertThat(featured).isNotEmpty();
        long id = featured.get(0).id();
        MockHttpServletResponse before = get(FLAGSHIP);
        assertThat(html(before).select("#featured-trainings a[href=/trainings/" + id + "]"))
                .isNotEmpty();
        try {
            feature(id, false);
            MockHttpServletResponse after = get(FLAGSHIP);
            assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before.getHeader(HttpHeaders.ETAG));
            assertThat(html(after).select("a[href=/trainings/" + id + "]")).isEmpty();
        } finally {
            feature(id, true);
        }
        assertThat(html(get(FLAGSHIP)).select("#featured-trainings a[href=/trainings/" + id + "]"))
                .isNotEmpty();
    }

    void feature(long id, boolean featured) {
        assertThat(mvc.post()
                        .uri("/admin/trainings/" + id + "/feature")
                        .param("featured", String.valueOf(featured))
                        .with(ADMIN)
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
    }

    @Test
    void importingWagesChangesTheCareerPage() {
        MockHttpServletResponse before = get(FLAGSHIP);
        assertThat(html(before).select("#pay")).isEmpty();
        try {
            importWages();
            MockHttpServletResponse after = get(FLAGSHIP);
            assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before.getHeader(HttpHeaders.ETAG));
            assertThat(html(after).select("#pay").text()).contains("Registered Nurses");
        } finally {
            wages.deleteAll();
            cache.evictAll();
        }
    }

    /** Staff load statewide wages of an occupation of the flagship career. */
    void importWages() {
        byte[] csv = OewsTestFiles.table()
                .statewide("29-1141 Registered Nurses", OewsTestFiles.SOME_HOURLY, OewsTestFiles.SOME_ANNUAL)
                .csv();
        assertThat(mvc.post()
                        .multipart()
                        .uri("/admin/careers/wages")
                        .file(new MockMultipartFile("file", "oews.csv", "text/csv", csv))
                        .param("year", "2024")
                        .param("month", "5")
                        .with(ADMIN)
                        .with(csrf())
                        .exchange())
                .hasStatusOk();
    }

    @Test
    void answersConditionalRequestsWithNotModified() {
        MockHttpServletResponse page = get(FLAGSHIP);
        String etag = page.getHeader(HttpHeaders.ETAG);
        String lastModified = page.getHeader(HttpHeaders.LAST_MODIFIED);
        assertThat(lastModified).isNotBlank();

        MockHttpServletResponse byTag = mvc.get()
                .uri(FLAGSHIP)
                .header(HttpHeaders.IF_NONE_MATCH, "\"other\", W/" + etag)
                .exchange()
                .getResponse();
        assertThat(byTag.getStatus()).isEqualTo(304);
        assertThat(byTag.getContentAsByteArray()).isEmpty();
        assertThat(byTag.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);

        MockHttpServletResponse byDate = mvc.get()
                .uri(FLAGSHIP)
                .header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)
                .exchange()
                .getResponse();
        assertThat(byDate.getStatus()).isEqualTo(304);
        assertThat(byDate.getContentAsByteArray()).isEmpty();

        MockHttpServletResponse otherTag = mvc.get()
                .uri(FLAGSHIP)
                .header(HttpHeaders.IF_NONE_MATCH, "\"other\"")
                .exchange()
                .getResponse();
        assertThat(otherTag.getStatus()).isEqualTo(200);
        MockHttpServletResponse older = mvc.get()
                .uri(FLAGSHIP)
                .header(HttpHeaders.IF_MODIFIED_SINCE, "Thu, 01 Jan 2015 00:00:00 GMT")
                .exchange()
                .getResponse();
        assertThat(older.getStatus()).isEqualTo(200);
        assertThat(older.getContentAsByteArray()).isEqualTo(page.getContentAsByteArray());
    }

    @Test
    void aPageFromMemoryCarriesTheHeadersOfARenderedOne() {
        MockHttpServletResponse rendered = get(FLAGSHIP);
        MockHttpServletResponse kept = get(FLAGSHIP);
        MockHttpServletResponse notCached = get("/trainings");

        assertThat(kept.getHeaderNames()).containsExactlyInAnyOrderElementsOf(rendered.getHeaderNames());
        for (String name : rendered.getHeaderNames()) {
            assertThat(kept.getHeaders(name)).as(name).isEqualTo(rendered.getHeaders(name));
        }
        for (String name : SECURITY_HEADERS) {
            assertThat(kept.getHeader(name)).as(name).isNotBlank().isEqualTo(notCached.getHeader(name));
        }
        assertThat(kept.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");
        assertThat(kept.getHeader(HttpHeaders.VARY)).isEqualTo("Accept-Encoding, Cookie");
        assertThat(kept.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(kept.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
    }

    /** The early page cache runs before Boot's request observation and times its hits into the same timers. */
    @Test
    void aPageFromMemoryCountsInTheRequestMetricsAsARenderedOne() {
        double before = requestCount(200);
        get(FLAGSHIP);
        assertThat(requestCount(200)).as("rendered").isEqualTo(before + 1);
        MockHttpServletResponse kept = get(FLAGSHIP);
        assertThat(requestCount(200)).as("from memory").isEqualTo(before + 2);

        double notModified = requestCount(304);
        MvcTestResult conditional = mvc.get()
                .uri(FLAGSHIP)
                .header(HttpHeaders.IF_NONE_MATCH, kept.getHeader(HttpHeaders.ETAG))
                .exchange();
        assertThat(conditional.getResponse().getStatus()).isEqualTo(304);
        assertThat(requestCount(304)).isEqualTo(notModified + 1);
    }

    double requestCount(int status) {
        var timer = meters.find("http.server.requests")
                .tags(
                        "error", "none",
                        "exception", "none",
                        "method", "GET",
                        "outcome", status == 200 ? "SUCCESS" : "REDIRECTION",
                        "status", Integer.toString(status),
                        "uri", "/careers/{slug}")
                .timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void eachAudienceSeesItsOwnNavigation() {
        for (int round = 0; round < 2; round++) {
            assertThat(html(get(FLAGSHIP)).select(".site-nav__account").text()).isEqualTo("Sign in");
            MockHttpServletResponse seeker = get(FLAGSHIP, SEEKER);
            assertThat(html(seeker).select(".site-nav__account").text()).isEqualTo("My account");
            assertThat(seeker.getHeader(HttpHeaders.CACHE_CONTROL)).startsWith("private");
            assertThat(html(get(FLAGSHIP, ADMIN)).select(".site-nav__account").text())
                    .isEqualTo("Staff");
            assertThat(html(get("/", ADMIN)).select(".site-nav__account").text())
                    .isEqualTo("Staff");
            assertThat(html(get("/")).select(".site-nav__account").text()).isEqualTo("Sign in");
        }
        assertThat(cache.size()).isEqualTo(5);
    }

    @Test
    void keepsTheSpanishPageApartAndSwitchesLikeARenderedOne() {
        MockHttpServletResponse english = get(FLAGSHIP);
        MockHttpServletResponse spanish = get(FLAGSHIP + "?lang=es");
        assertThat(html(spanish).select("html").attr("lang")).isEqualTo("es");
        assertThat(spanish.getCookie("hub-lang").getValue()).isEqualTo("es");
        assertThat(spanish.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("es");
        assertThat(spanish.getHeader(HttpHeaders.ETAG)).isNotEqualTo(english.getHeader(HttpHeaders.ETAG));

        MockHttpServletResponse again = get(FLAGSHIP + "?lang=es");
        assertThat(again.getCookie("hub-lang").getValue()).isEqualTo("es");
        MockHttpServletResponse byCookie = mvc.get()
                .uri(FLAGSHIP)
                .cookie(new Cookie("hub-lang", "es"))
                .exchange()
                .getResponse();
        assertThat(byCookie.getContentAsByteArray()).isEqualTo(spanish.getContentAsByteArray());
        assertThat(get(FLAGSHIP + "?lang=en").getContentAsByteArray()).isEqualTo(english.getContentAsByteArray());
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void gzipsForClientsThatAcceptIt() throws IOException {
        MockHttpServletResponse plain = get(FLAGSHIP);
        MockHttpServletResponse gzipped = mvc.get()
                .uri(FLAGSHIP)
                .header(HttpHeaders.ACCEPT_ENCODING, "br, gzip;q=0.8")
                .exchange()
                .getResponse();
        assertThat(gzipped.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(gzipped.getHeader(HttpHeaders.ETAG)).isNotEqualTo(plain.getHeader(HttpHeaders.ETAG));
        assertThat(gzipped.getContentAsByteArray().length).isLessThan(plain.getContentAsByteArray().length / 3);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.getContentAsByteArray()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.getContentAsByteArray());
        }
        MockHttpServletResponse refused = mvc.get()
                .uri(FLAGSHIP)
                .header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0, deflate")
                .exchange()
                .getResponse();
        assertThat(refused.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
        assertThat(refused.getContentAsByteArray()).isEqualTo(plain.getContentAsByteArray());
    }

    @Test
    void answersHeadWithTheHeadersOnly() {
        MockHttpServletResponse page = get(FLAGSHIP);
        MockHttpServletResponse head = mvc.head().uri(FLAGSHIP).exchange().getResponse();
        assertThat(head.getStatus()).isEqualTo(200);
        assertThat(head.getContentAsByteArray()).isEmpty();
        assertThat(head.getContentLength()).isEqualTo(page.getContentAsByteArray().length);
        assertThat(head.getHeader(HttpHeaders.ETAG)).isEqualTo(page.getHeader(HttpHeaders.ETAG));
    }

    @Test
    void keepsEachValidRegionButNotAnUnknownOne() {
        String region = wageSurveys.regions().get(0);
        MockHttpServletResponse regional =
                mvc.get().uri(FLAGSHIP).param("region", region).exchange().getResponse();
        assertThat(regional.getStatus()).isEqualTo(200);
        assertThat(cache.size()).isEqualTo(1);
        MockHttpServletResponse spelledOtherwise = mvc.get()
                .uri(FLAGSHIP)
                .param("lang", "en")
                .param("region", " " + region + " ")
                .exchange()
                .getResponse();
        assertThat(spelledOtherwise.getContentAsByteArray()).isEqualTo(regional.getContentAsByteArray());
        assertThat(cache.size()).isEqualTo(1);

        try {
            importWages();
            for (int i = 0; i < 2; i++) {
                MockHttpServletResponse unknown = get(FLAGSHIP + "?region=Atlantis");
                assertThat(unknown.getHeader(HttpHeaders.ETAG)).isNull();
                assertThat(html(unknown).select("#region-error").text()).contains("We do not know that region");
            }
            assertThat(cache.size()).isZero();
            get(FLAGSHIP);
            assertThat(cache.size()).isEqualTo(1);
        } finally {
            wages.deleteAll();
            cache.evictAll();
        }
    }

    @Test
    void unknownQueryParametersAddNoEntry() {
        get(FLAGSHIP);
        for (String query : List.of("?utm_source=news", "?a=1&b=2", "?region=x&region=y", "?lang=es&lang=en")) {
            MockHttpServletResponse page = get(FLAGSHIP + query);
            assertThat(page.getStatus()).as(query).isEqualTo(200);
            assertThat(page.getHeader(HttpHeaders.ETAG)).as(query).isNull();
        }
        MockHttpServletResponse filtered = get("/careers?q=nurse");
        assertThat(filtered.getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(get("/careers/no-such-career").getStatus()).isEqualTo(404);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void keepsTheIndexHomeAndGetStarted() {
        for (String path : List.of("/careers", "/", "/get-started")) {
            MockHttpServletResponse rendered = get(path);
            MockHttpServletResponse kept = get(path);
            assertThat(rendered.getHeader(HttpHeaders.ETAG)).as(path).isNotNull();
            assertThat(kept.getContentAsByteArray()).as(path).isEqualTo(rendered.getContentAsByteArray());
        }
        assertThat(cache.size()).isEqualTo(3);
    }
}
