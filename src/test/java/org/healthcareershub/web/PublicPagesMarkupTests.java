package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.healthcareershub.employers.ContactEmployer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of public page (home, get started, lists, a career, a training, the guide, an employer and the
 * account entry pages, the page behind a contact confirmation link, a posting's report form), in English, read as independent validators read it: structured data against the
 * schema.org vocabulary, heading levels, phone links and the W3C Nu HTML Checker.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("db")
class PublicPagesMarkupTests {

    static final SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.load();
    static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ContactEmployer contactEmployer;

    @Autowired
    JdbcTemplate jdbc;

    final Map<String, Document> pages = new LinkedHashMap<>();
    final Map<String, String> sources = new LinkedHashMap<>();

    @BeforeAll
    void readEveryPublicPage() {
        for (String path : List.of(
                "/",
                "/get-started",
                "/careers",
                "/careers?q=care",
                "/trainings",
                "/trainings?q=care",
                "/trainings/guide",
                "/trainings/guide?career=care-coordination-and-care-management&education=HIGH_SCHOOL&near=12207",
                "/employers",
                "/employers?q=care",
                "/employers?near=12207",
                "/jobs",
                "/jobs?q=care+coordinator&near=12207&minPay=40000",
                "/jobs?near=12207",
                "/privacy",
                "/news",
                "/news/unsubscribe/" + "a".repeat(43))) {
            read(path);
        }
        pages.get("/careers").select("main a[href^=/careers/]").eachAttr("href").stream()
                .distinct()
                .forEach(this::read);
        read(pages.get("/trainings").select("main a[href~=^/trainings/\\d+$]").attr("href"));
        read(pages.get("/employers").select("main a[href^=/employers/]").attr("href"));
        String job = pages.get("/jobs").select("main a[href~=^/jobs/\\d+$]").attr("href");
        read(job);
        read(job + "/report");
        read(job + "/report/thanks");
        read("/sign-in");
        read("/sign-in?locked");
        read("/sign-in/email-link");
        read("/sign-up");
        read(ContactEmployer.CONFIRM_PATH + "?token=" + contactConfirmationToken());
        read("/alerts/unsubscribe/no-such-alert-link");
        assertThat(pages.keySet())
                .anyMatch(p -> p.matches("/trainings/\\d+"))
                .anyMatch(p -> p.matches("/employers/.+"))
                .anyMatch(p -> p.matches("/jobs/\\d+"));
    }

    @Test
    void everyJsonLdBlockUsesOnlyTypesAndPropertiesOfSchemaOrg() {
        List<String> problems = new ArrayList<>();
        pages.forEach((path, page) -> jsonLd(page).forEach(block -> {
            for (String problem : vocabulary.problems(block)) {
                problems.add(path + " " + problem);
            }
        }));
        assertThat(problems).isEmpty();
        assertThat(pages.values().stream()
                        .flatMap(PublicPagesMarkupTests::jsonLd)
                        .map(b -> b.path("@type").asString()))
                .contains(
                        "Occupation", "EducationalOccupationalProgram", "Organization", "BreadcrumbList", "JobPosting");
    }

    @Test
    void pagesWithBreadcrumbsCarryTheSameTrailAsABreadcrumbList() {
        pages.forEach((path, page) -> {
            List<String> visible = page.select("nav.breadcrumbs li").eachText();
            List<JsonNode> lists = jsonLd(page)
                    .filter(b -> b.path("@type").asString().equals("BreadcrumbList"))
                    .toList();
            if (visible.isEmpty()) {
                assertThat(lists).as(path).isEmpty();
                return;
            }
            assertThat(lists).as(path).hasSize(1);
            JsonNode items = lists.get(0).get("itemListElement");
            assertThat(items.valueStream().map(i -> i.get("name").asString()))
                    .as(path)
                    .containsExactlyElementsOf(visible);
            assertThat(items.valueStream().map(i -> i.get("position").asInt()))
                    .as(path)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, visible.size())
                            .boxed()
                            .toList());
            assertThat(items.get(0).get("item").asString()).isEqualTo("http://localhost:8080/");
            assertThat(items.get(items.size() - 1).get("item").asString())
                    .as(path)
                    .isEqualTo("http://localhost:8080" + path.replaceFirst("\\?.*", ""));
        });
        assertThat(pages.values()).anyMatch(p -> !p.select("nav.breadcrumbs").isEmpty());
    }

    @Test
    void headingsNeverSkipALevel() {
        List<String> skips = new ArrayList<>();
        pages.forEach((path, page) -> {
            int previous = 0;
            for (Element heading : page.body().select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.tagName().charAt(1) - '0';
                if (level > previous + 1) {
                    skips.add(path + ": <" + heading.tagName() + "> " + heading.text() + " after h" + previous);
                }
                previous = level;
            }
        });
        assertThat(skips).isEmpty();
    }

    @Test
    void phoneLinksDialANumberWithoutSpacesOrParentheses() {
        List<Element> links = pages.values().stream()
                .flatMap(page -> page.select("a[href^=tel:]").stream())
                .toList();
        assertThat(links).isNotEmpty().allSatisfy(link -> {
            assertThat(link.attr("href")).matches("tel:\\+[1-9][0-9]{6,14}");
            assertThat(link.text()).isNotBlank().isNotEqualTo(link.attr("href"));
        });
    }

    @Test
    void pagesAreValidHtmlForTheW3cChecker() throws Exception {
        EmbeddedValidator checker = new EmbeddedValidator();
        checker.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        checker.setNoLangDetect(true);
        List<String> errors = new ArrayList<>();
        for (var page : sources.entrySet()) {
            JsonNode report = json.readTree(
                    checker.validate(new ByteArrayInputStream(page.getValue().getBytes(StandardCharsets.UTF_8))));
            report.get("messages")
                    .valueStream()
                    .filter(m -> !m.path("type").asString().equals("info"))
                    .forEach(m -> errors.add(
                            page.getKey() + " line " + m.path("lastLine").asInt() + ": "
                                    + m.path("message").asString() + " ["
                                    + m.path("extract").asString() + "]"));
        }
        assertThat(errors).isEmpty();
    }

    /** The secret in the link mailed for a message from an unconfirmed address (kept in the outbox: no SMTP). */
    private String contactConfirmationToken() {
        String slug = pages.get("/employers")
                .select("main a[href^=/employers/]")
                .attr("href")
                .substring("/employers/".length());
        contactEmployer.contact(
                slug,
                new ContactEmployer.Request("Mark Up", "mark.up@example.com", null, null, "Checking the markup."),
                false,
                "10.88.0.1",
                Locale.ENGLISH);
        String body = jdbc.queryForObject(
                "select body from outgoing_mail where recipient = 'mark.up@example.com'", String.class);
        Matcher link = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private void read(String path) {
        MvcTestResult result = mvc.get().uri(path).exchange();
        assertThat(result).as(path).hasStatusOk();
        try {
            String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            sources.put(path, html);
            pages.put(path, Jsoup.parse(html));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<JsonNode> jsonLd(Document page) {
        return page.select("script[type=application/ld+json]").stream().map(s -> json.readTree(s.data()));
    }
}
