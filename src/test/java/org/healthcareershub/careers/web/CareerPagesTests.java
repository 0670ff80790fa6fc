package org.healthcareershub.careers.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class CareerPagesTests {

    static final String FLAGSHIP = "/careers/care-coordination-and-care-management";

    @Autowired
    MockMvcTester mvc;

    @Test
    void flagshipPageShowsEveryBlockOfTheBrief() {
        Document page = page(FLAGSHIP);
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Care Coordination & Care Management");
        for (String id : List.of(
                "right-for-you",
                "what-is-it",
                "job-titles",
                "what-they-do",
                "where-they-work",
                "quick-facts",
                "requirements",
                "certifications",
                "pathways",
                "next-steps",
                "resources",
                "sources")) {
            assertThat(page.getElementById(id)).as(id).isNotNull();
        }
        assertThat(page.select("#what-is-it dt").eachText()).containsExactly("Care coordination", "Care management");
        assertThat(page.select("#what-is-it .callout h3").text()).isEqualTo("The hub of the wheel");
        assertThat(page.select("#job-titles tbody th")).hasSize(10);
        assertThat(page.select("#job-titles").text()).contains("SOC 29-1141", "Health Home Care Manager");
        assertThat(page.select("#what-they-do li")).hasSize(12);
        assertThat(page.select("#where-they-work li")).hasSize(11);
        assertThat(page.select("#quick-facts .fact-card")).hasSize(2);
        assertThat(page.select("#quick-facts").text())
                .contains("$16–$38 per hour", "$42,000–$60,000 per year", "Typical range");
        assertThat(page.select("#requirements").text()).contains("CANS-NY", "OPWDD");
        assertThat(page.select("#requirements h2").text()).isEqualTo("Education and experience in New York");
        assertThat(page.select("#certifications").text()).contains("CCM", "CCCTM");
        assertThat(page.select("#pathways .pathway")).hasSize(2);
        assertThat(page.select("#resources li").size()).isGreaterThanOrEqualTo(12);
        assertThat(page.select("#sources li a").eachAttr("href"))
                .contains(
                        "https://opwdd.ny.gov/providers_staff/care_coordination_organizations/msc_faq",
                        "https://nyachnyc.org/core-competencies");
        assertThat(page.select("#sources time").attr("datetime")).isEqualTo("2026-11-28");
        assertThat(page.select("#sources").text()).contains("Last reviewed: November 28, 2026");
    }

    @Test
    void flagshipOffersTheGetStartedChoicesScopedToThisCareer() {
        Document page = page(FLAGSHIP);
        assertThat(page.select("#next-steps h2").text()).isEqualTo("Get started: what do you want to do?");
        assertThat(page.select("#next-steps a.choice").eachAttr("href"))
                .containsExactly(
                        "/trainings?career=care-coordination-and-care-management",
                        "/employers?career=care-coordination-and-care-management",
                        "/jobs?career=care-coordination-and-care-management",
                        "/sign-up",
                        "/careers");
        assertThat(page.select("#next-steps a.choice strong").eachText())
                .containsExactlyInAnyOrderElementsOf(
                        page("/get-started").select("a.choice strong").eachText());
    }

    @Test
    void flagshipPointsToTheTrainingGuideAndTellsEmployersHowToGetListed() {
        Document page = page(FLAGSHIP);
        Element guide = page.selectFirst("#next-steps a[href=/trainings/guide]");
        assertThat(guide).isNotNull();
        assertThat(guide.parent().text()).startsWith("Not sure which program is best for you?");
        assertThat(page.select("#next-steps a[href=/sign-up]").eachText())
                .contains("If you're an employer, create an account to list your organization.");
    }

    @Test
    void everyCallToActionAndChooserLinkLeadsToAPage() {
        Document page = page(FLAGSHIP);
        Document chooser = page("/get-started");
        List<String> links =
                new java.util.ArrayList<>(page.select("#next-steps a").eachAttr("href"));
        links.addAll(chooser.select("a.choice").eachAttr("href"));
        assertThat(chooser.select("a.choice")).hasSize(5);
        for (String link : links) {
            assertThat(mvc.get().uri(link).exchange()).as(link).hasStatusOk();
        }
    }

    @Test
    void careerPageCarriesSearchEngineMetadata() throws Exception {
        Document page = page(FLAGSHIP);
        assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost:8080/careers/care-coordination-and-care-management");
        Element script = page.selectFirst("script[type=application/ld+json]");
        JsonNode json = JsonMapper.builder().build().readTree(script.data());
        assertThat(json.get("@type").asString()).isEqualTo("Occupation");
        assertThat(json.get("name").asString()).isEqualTo("Care Coordination & Care Management");
        assertThat(json.get("description").asString()).isNotBlank();
        assertThat(json.get("occupationalCategory").valueStream().map(JsonNode::asString))
                .contains("29-1141", "21-1094");
        assertThat(json.get("educationRequirements").asString()).contains("Care coordinators");
        JsonNode salary = json.get("estimatedSalary");
        assertThat(salary.size()).isEqualTo(2);
        assertThat(salary.get(0).get("@type").asString()).isEqualTo("MonetaryAmount");
        assertThat(salary.get(0).get("value").get("minValue").asInt()).isEqualTo(16);
        assertThat(salary.get(0).get("value").get("unitText").asString()).isEqualTo("HOUR");
        assertThat(salary.get(1).get("value").get("maxValue").asInt()).isEqualTo(60000);
        assertThat(salary.get(1).get("currency").asString()).isEqualTo("USD");
        assertThat(json.has("dateModified")).as("not an Occupation property").isFalse();
    }

    @Test
    void breadcrumbsLeadHomeThenCareers() {
        Document page = page(FLAGSHIP);
        assertThat(page.select("nav.breadcrumbs li").eachText())
                .containsExactly("Home", "Careers", "Care Coordination & Care Management");
        assertThat(page.select("nav.breadcrumbs [aria-current=page]").text())
                .isEqualTo("Care Coordination & Care Management");
    }

    @Test
    void switchesToSpanishAndRemembersTheChoice() throws Exception {
        MvcTestResult spanish = mvc.get().uri(FLAGSHIP + "?lang=es").exchange();
        Document page = Jsoup.parse(spanish.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst("h1").text()).contains("Coordinación");
        assertThat(page.select("#what-they-do h2").text()).isEqualTo("Qué hacen");
        Cookie cookie = spanish.getResponse().getCookie("hub-lang");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("es");

        Document next = Jsoup.parse(mvc.get()
                .uri("/careers")
                .cookie(cookie)
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(next.selectFirst("h1").text()).isEqualTo("Carreras de salud");
    }

    @Test
    void spanishFlagshipNamesTheRegionInSpanishAndMarksEnglishOnlyResources() {
        Document page = page(FLAGSHIP + "?lang=es");
        assertThat(page.select("#requirements h2").text()).isEqualTo("Educación y experiencia en Nueva York");
        assertThat(page.select("main").text()).doesNotContain("en New York", "de New York", "los Funds");
        var resources = page.select("#resources li");
        var englishOnly = resources.select("a[hreflang=en]");
        assertThat(englishOnly.size()).isGreaterThanOrEqualTo(10).isLessThan(resources.size());
        assertThat(englishOnly)
                .allSatisfy(link -> assertThat(link.parent().text()).contains("(en inglés)"));
        assertThat(resources.select("li:not(:has(a[hreflang=en]))").text()).doesNotContain("(en inglés)");
        assertThat(page("/?lang=es").select("h1").text()).contains("Nueva York");
        assertThat(page(FLAGSHIP).select("#resources").text()).doesNotContain("(in English)");
    }

    @Test
    void untranslatedCareerFallsBackToEnglishWithANote() {
        Document page = page("/careers/registered-nurse?lang=es");
        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.select(".notice").text()).contains("aún no se ha traducido");
    }

    @Test
    void languageSwitchKeepsTheQuery() {
        Document page = page("/careers?q=nurse");
        assertThat(page.select(".language-switch a[hreflang=es]").attr("href")).isEqualTo("/careers?q=nurse&lang=es");
    }

    @Test
    void careersIndexListsEveryCareerWithEducationAndPayAndFilters() {
        Document all = page("/careers");
        assertThat(all.select(".career-card").size()).isGreaterThanOrEqualTo(4);
        Element flagship = all.select(".career-card").first();
        assertThat(flagship.text()).contains("Care Coordination", "$16–$38 per hour", "high school diploma");

        Document filtered =
                html(mvc.get().uri("/careers").param("q", "direct support").exchange());
        assertThat(filtered.select(".career-card h3").eachText()).containsExactly("Direct Support Professional (DSP)");
        assertThat(filtered.select("input#q").val()).isEqualTo("direct support");

        Document none = page("/careers?q=astronaut");
        assertThat(none.select(".career-card")).isEmpty();
        assertThat(none.select(".empty").text()).contains("No career matches");
    }

    @Test
    void tooLongFilterIsExplainedNextToTheFieldAndTheListStillShows() {
        Document page = page("/careers?q=" + "a".repeat(2000));
        assertThat(page.select("#q-error").text()).contains("too long");
        assertThat(page.select("input#q").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("input#q").val()).hasSize(200);
    }

    @Test
    void homeIntroducesThePortalAndShowsTheCareers() {
        Document page = page("/");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select(".career-card").size()).isGreaterThanOrEqualTo(4);
        assertThat(page.select("a[href=/get-started]")).isNotEmpty();
    }

    @Test
    void unknownCareerIsA404PageWithAWayBack() {
        assertThat(mvc.get().uri("/careers/no-such-career").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    private Document page(String uri) {
        return html(mvc.get().uri(uri).exchange());
    }

    private static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
