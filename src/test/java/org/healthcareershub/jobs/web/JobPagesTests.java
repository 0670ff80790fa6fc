package org.healthcareershub.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.healthcareershub.jobs.CloseReason;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.TestPostings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The job search page, posting pages (open, gone, draft), JSON-LD, the feed, the sitemap and the API. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobPagesTests {

    static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JobEditor editor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    TestPostings.Org org;
    long open;
    long remote;
    long closed;
    long draft;

    @BeforeAll
    void postSome() throws Exception {
        org = TestPostings.albany(jdbc);
        open = post("Zebrafinch Care Coordinator", true);
        var remoteInput =
                TestPostings.input(org, clock, "Zebrafinch Remote Care Manager", "60000", "70000", "YEAR", 30);
        remoteInput = new org.healthcareershub.jobs.domain.JobPostingInput(
                remoteInput.title(),
                remoteInput.career(),
                "Care Manager",
                "REMOTE",
                remoteInput.site(),
                "## Duties\n\nCall **members**. [Apply](javascript:alert(1))\n\n<script>alert(1)</script>",
                "PART_TIME",
                remoteInput.schedules(),
                remoteInput.payMin(),
                remoteInput.payMax(),
                "YEAR",
                "BACHELOR",
                null,
                "2",
                null,
                null,
                null,
                null,
                null,
                false,
                "https://example.org/apply",
                remoteInput.closingDate());
        JobEditor.Saved saved = editor.createDraft(org.id(), remoteInput);
        assertThat(saved.errors().asMap()).isEmpty();
        remote = saved.id();
        editor.publish(org.id(), remote);
        closed = post("Zebrafinch Filled Coordinator", true);
        editor.close(org.id(), closed, CloseReason.FILLED);
        draft = post("Zebrafinch Draft Coordinator", false);
    }

    long post(String title, boolean publish) {
        JobEditor.Saved saved =
                editor.createDraft(org.id(), TestPostings.input(org, clock, title, "24.50", "29", "HOUR", 30));
        assertThat(saved.errors().asMap()).isEmpty();
        if (publish) {
            editor.publish(org.id(), saved.id());
        }
        return saved.id();
    }

    Document page(String url) throws Exception {
        MvcTestResult result = mvc.get().uri(url).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theFeedNeverWritesACharacterXmlForbids() {
        assertThat(JobFeedController.escape("A\u0000B\u0008C\uFFFE<\tD\uD83D\uDE00"))
                .isEqualTo("A\uFFFDB\uFFFDC\uFFFD&lt;\tD\uD83D\uDE00");
        assertThat(JobFeedController.escape("\uD800x")).isEqualTo("\uFFFDx");
    }

    @Test
    void listsOpeningsWithTheSearchInTheUrlAndSaysTheyAreSampleData() throws Exception {
        Document page = page("/jobs?q=zebrafinch");
        assertThat(page.select(".result-count").text()).isEqualTo("2 openings");
        assertThat(page.select(".job-card a").eachAttr("href")).contains("/jobs/" + open, "/jobs/" + remote);
        assertThat(page.select("#q").attr("value")).isEqualTo("zebrafinch");
        assertThat(page.select("form#job-search").attr("data-hx-get")).isEqualTo("/jobs");
        assertThat(page.select("main .notice").text()).contains("sample data");
        assertThat(page("/jobs").select(".badge--sample")).isNotEmpty();
        assertThat(page("/jobs?career=" + TestPostings.CAREER)
                        .select("a[rel=next]")
                        .attr("href"))
                .isEqualTo("/jobs?career=" + TestPostings.CAREER + "&page=2");
    }

    @Test
    void theMinimumPayFieldSaysItIsYearlyAt2080Hours() throws Exception {
        Document page = page("/jobs?q=zebrafinch&minPay=55000");
        assertThat(page.select("label[for=minPay]").text()).contains("per year");
        assertThat(page.select("#minPay-hint, .hint").text()).contains("2,080 hours");
        assertThat(page.select(".result-count").text()).isEqualTo("1 opening");
        assertThat(page.text()).contains("starting at $55,000 a year or more");
    }

    @Test
    void answersHtmxWithTheResultsOnly() throws Exception {
        MvcTestResult result =
                mvc.get().uri("/jobs?q=zebrafinch").header("HX-Request", "true").exchange();
        assertThat(result).hasStatusOk();
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("id=\"results\"").doesNotContain("<html");
        assertThat(result.getResponse().getHeader("Vary")).contains("HX-Request");
    }

    @Test
    void aBadMinimumPayIsExplainedAndTheSearchStillRuns() throws Exception {
        Document page = page("/jobs?q=zebrafinch&minPay=lots");
        assertThat(page.select(".error-summary").text()).contains("yearly amount in dollars");
        assertThat(page.select(".result-count").text()).isEqualTo("2 openings");
    }

    @Test
    void showsAnOpeningWithEveryPartAndItsJsonLd() throws Exception {
        Document page = page("/jobs/" + open);
        assertThat(page.select("h1").text()).isEqualTo("Zebrafinch Care Coordinator");
        assertThat(page.text()).contains("$24.50 to $29.00 an hour", "about $50,960 to $60,320 a year", "Spanish");
        assertThat(page.select(".map").attr("data-points")).contains("42.65");
        assertThat(page.select("a[href=/employers/" + org.slug() + "]")).isNotEmpty();
        JsonNode ld = json.readTree(
                page.select("script[type=application/ld+json]").first().data());
        assertThat(ld.get("@type").asString()).isEqualTo("JobPosting");
        for (String property : new String[] {
            "title",
            "description",
            "datePosted",
            "validThrough",
            "hiringOrganization",
            "jobLocation",
            "baseSalary",
            "employmentType",
            "identifier",
            "directApply"
        }) {
            assertThat(ld.has(property)).as(property).isTrue();
        }
        assertThat(ld.at("/baseSalary/value/unitText").asString()).isEqualTo("HOUR");
        assertThat(ld.at("/baseSalary/value/minValue").asDouble()).isEqualTo(24.5);
        assertThat(ld.at("/baseSalary/currency").asString()).isEqualTo("USD");
        assertThat(ld.at("/employmentType").asString()).isEqualTo("FULL_TIME");
        assertThat(ld.at("/identifier/value").asString()).isEqualTo(String.valueOf(open));
        assertThat(ld.at("/jobLocation/address/postalCode").asString()).isEqualTo("12207");
        // it takes interest on the portal: applying there is direct
        assertThat(ld.at("/directApply").asBoolean()).isTrue();
        assertThat(ld.at("/directApply").isBoolean()).isTrue();
        assertThat(page.select("a#express-interest").attr("href")).isEqualTo("/account/jobs/" + open + "/interest");
        assertThat(page.select("a#apply-external").attr("href")).isEqualTo("https://example.org/apply");
        assertThat(page.select("a.save").text()).contains("Sign in to save");
        assertThat(page.select("a.save").attr("href")).startsWith("/account/save");
        assertThat(ld.at("/validThrough").asString()).endsWith("T23:59:59-05:00");
    }

    @Test
    void aRemoteOpeningSaysWhereApplicantsMayLiveAndItsDescriptionIsSanitized() throws Exception {
        Document page = page("/jobs/" + remote);
        JsonNode ld = json.readTree(
                page.select("script[type=application/ld+json]").first().data());
        assertThat(ld.get("jobLocationType").asString()).isEqualTo("TELECOMMUTE");
        // only the organization's own address takes applications: not direct, and no interest button
        assertThat(ld.at("/directApply").asBoolean()).isFalse();
        assertThat(page.select("#express-interest")).isEmpty();
        assertThat(page.select("a#apply-external").attr("href")).isEqualTo("https://example.org/apply");
        assertThat(ld.at("/applicantLocationRequirements/@type").asString()).isEqualTo("State");
        assertThat(ld.has("jobLocation")).isFalse();
        assertThat(ld.at("/baseSalary/value/unitText").asString()).isEqualTo("YEAR");
        var prose = page.select(".prose");
        assertThat(prose.select("h3").text()).isEqualTo("Duties");
        assertThat(prose.select("strong").text()).isEqualTo("members");
        assertThat(prose.select("script")).isEmpty();
        assertThat(prose.html()).doesNotContain("javascript:").doesNotContain("<script");
        assertThat(prose.select("a")).isEmpty();
        assertThat(prose.text()).contains("Apply");
        assertThat(prose.text()).contains("<script>");
    }

    @Test
    void aRemoteOpeningInASearchNearAPlaceSaysWhereItIsBasedNotHowFarAway() throws Exception {
        // the search is near Buffalo, far from the Albany site the remote posting is based at
        Document page = page("/jobs?q=Zebrafinch&near=14202&radius=5");
        var cards = page.select(".job-card");
        assertThat(cards.text()).contains("Zebrafinch Remote Care Manager");
        var remoteCard = cards.stream()
                .filter(c -> c.text().contains("Zebrafinch Remote Care Manager"))
                .findFirst()
                .orElseThrow();
        assertThat(remoteCard.text()).contains("Based in Testville").doesNotContain("miles away");
        assertThat(cards.text()).doesNotContain("Zebrafinch Care Coordinator");
    }

    @Test
    void aClosedOpeningAnswers410AndSaysWhatHappened() throws Exception {
        MvcTestResult result = mvc.get().uri("/jobs/" + closed).exchange();
        assertThat(result).hasStatus(HttpStatus.GONE);
        Document page = Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.select("#gone").text()).contains("has been filled");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(mvc.get().uri("/api/v1/jobs/" + closed).exchange()).hasStatus(HttpStatus.GONE);
    }

    @Test
    void aDraftOrUnknownIdIsNotFound() throws Exception {
        assertThat(mvc.get().uri("/jobs/" + draft).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/jobs/999999999").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/jobs/" + draft).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(page("/jobs?q=zebrafinch").select("a[href=/jobs/" + draft + "]"))
                .isEmpty();
    }

    @Test
    void theApiTakesThePagesParametersAndAnswers400WithTheSameWords() throws Exception {
        MvcTestResult ok =
                mvc.get().uri("/api/v1/jobs?q=zebrafinch&minPay=55000").exchange();
        assertThat(ok).hasStatusOk();
        JsonNode body = json.readTree(ok.getResponse().getContentAsString());
        assertThat(body.get("total").asInt()).isEqualTo(1);
        assertThat(body.at("/items/0/pay/yearlyMin").asInt()).isEqualTo(60000);
        MvcTestResult bad =
                mvc.get().uri("/api/v1/jobs?minPay=lots&posted=0&near=zzzz").exchange();
        assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(bad.getResponse().getContentAsString()).get("errors");
        assertThat(errors.get("minPay").asString()).contains("yearly amount in dollars");
        assertThat(errors.has("posted")).isTrue();
        assertThat(errors.has("near")).isTrue();
        MvcTestResult one = mvc.get().uri("/api/v1/jobs/" + open).exchange();
        assertThat(one).hasStatusOk();
        assertThat(json.readTree(one.getResponse().getContentAsString())
                        .get("title")
                        .asString())
                .isEqualTo("Zebrafinch Care Coordinator");
        assertThat(json.readTree(one.getResponse().getContentAsString()).has("takedownReason"))
                .isFalse();
        assertThat(json.readTree(mvc.get()
                                .uri("/api/v1/jobs/" + closed)
                                .exchange()
                                .getResponse()
                                .getContentAsString())
                        .get("closeReason")
                        .asString())
                .isEqualTo("FILLED");
        assertThat(mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString())
                .contains("/api/v1/jobs", "/api/v1/jobs/{id}");
    }

    @Test
    void theFeedFollowsASearchAndLeavesOutWhatIsGone() throws Exception {
        MvcTestResult result = mvc.get().uri("/jobs/feed.atom?q=zebrafinch").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
        Document feed = Jsoup.parse(result.getResponse().getContentAsString(), "", Parser.xmlParser());
        assertThat(feed.select("entry > id").eachText())
                .contains("http://localhost:8080/jobs/" + open, "http://localhost:8080/jobs/" + remote)
                .doesNotContain("http://localhost:8080/jobs/" + closed, "http://localhost:8080/jobs/" + draft);
        assertThat(mvc.get().uri("/jobs/feed.atom?minPay=-1").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theSitemapListsOpenPostingsOnly() throws Exception {
        String sitemap = mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsString();
        assertThat(sitemap)
                .contains("/jobs/" + open + "<")
                .doesNotContain("/jobs/" + closed + "<", "/jobs/" + draft + "<");
    }

    @Test
    void careerAndEmployerPagesLeadToOpenings() throws Exception {
        Document career = page("/careers/" + TestPostings.CAREER);
        assertThat(career.select("#openings-count a").attr("href")).isEqualTo("/jobs?career=" + TestPostings.CAREER);
        assertThat(career.select("#openings-count").text()).matches("\\d+ openings in this career on the job board");
        assertThat(page("/").select("a[href=/jobs]")).isNotEmpty();
        String sampleEmployer = jdbc.queryForObject(
                "select employer_slug from job_posting where sample = true order by id fetch first 1 rows only",
                String.class);
        Document employer = page("/employers/" + sampleEmployer);
        assertThat(employer.select("#openings-h + ul a").eachAttr("href"))
                .isNotEmpty()
                .allMatch(h -> h.matches("/jobs/\\d+"));
    }

    @Test
    void aSampleOpeningTakesNoInterestAndSaysWhy() throws Exception {
        long sample = jdbc.queryForObject(
                "select id from job_posting where sample = true and apply_on_portal = true and status = 'PUBLISHED'"
                        + " order by id fetch first 1 rows only",
                Long.class);
        Document page = page("/jobs/" + sample);
        assertThat(page.select("#express-interest")).isEmpty();
        assertThat(page.select("#sample-interest").text()).contains("sample opening");
        JsonNode ld = json.readTree(
                page.select("script[type=application/ld+json]").first().data());
        assertThat(ld.at("/directApply").asBoolean()).isFalse();
    }
}
