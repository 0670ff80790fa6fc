package org.healthcareershub.employers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
class EmployerPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void searchesByZipShowingDistanceTownAndAMap() {
        Document page = page(mvc.get().uri("/employers").param("near", "12207").param("radius", "25"));
        assertThat(page.select(".employer-card")).isNotEmpty();
        assertThat(page.select(".employer-card .distance").first().text()).contains("miles away");
        assertThat(page.select(".map").attr("data-points")).contains("\"lat\"");
        assertThat(page.select(".badge--sample")).isNotEmpty();
        assertThat(page.select("#near").val()).isEqualTo("12207");
    }

    @Test
    void badInputIsExplainedAndTheListStillShows() {
        Document page =
                page(mvc.get().uri("/employers").param("near", "Atlantis, ZZ").param("radius", "-5"));
        assertThat(page.select(".error-summary li")).hasSize(2);
        assertThat(page.select("#near-error").text()).contains("ZIP");
        assertThat(page.select("#radius-error").text()).contains("1 to 250");
        assertThat(page.select(".employer-card")).isNotEmpty();
    }

    @Test
    void anUnknownRegionIsExplainedAndAllOfNewYorkStillShows() {
        Document page = page(mvc.get().uri("/employers").param("region", "Atlantis"));
        assertThat(page.select(".error-summary li")).hasSize(1);
        assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#region");
        assertThat(page.select("#region-error").text()).contains("no New York region", "Capital Region");
        assertThat(page.select("#region").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#region option[selected]")).isEmpty();
        assertThat(page.select(".employer-card")).isNotEmpty();
        // with a message on the page, the form submits whole so the message cannot go stale
        assertThat(page.select("form.search-form").hasAttr("data-hx-disable")).isTrue();
    }

    @Test
    void theFormShowsTheChosenFiltersWithTheirCounts() {
        Document all = page(mvc.get().uri("/employers"));
        String region = all.select("#region option").get(1).val();
        Document page = page(mvc.get().uri("/employers").param("region", region).param("setting", "hospital"));
        assertThat(page.select("#region option[selected]").val()).isEqualTo(region);
        assertThat(page.select("#region option[selected]").text()).matches(".+ \\(\\d+\\)");
        assertThat(page.select("#setting-hospital").hasAttr("checked")).isTrue();
        assertThat(page.select("#count-setting-hospital").text()).matches("\\d+");
        assertThat(page.select("form.search-form").hasAttr("data-hx-disable")).isFalse();
        assertThat(page.select(".error-summary")).isEmpty();
    }

    @Test
    void htmxGetsTheSearchAreaOnly() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/employers")
                .param("setting", "hospital")
                .header("HX-Request", "true")
                .exchange();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("<html", "site-header");
        assertThat(Jsoup.parseBodyFragment(body).select("#employer-search #results"))
                .hasSize(1);
    }

    @Test
    void profileShowsSitesAndOrganizationStructuredData() throws Exception {
        String href = page(mvc.get().uri("/employers"))
                .select(".employer-card a")
                .first()
                .attr("href");
        Document page = page(mvc.get().uri(href));
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select(".site-list li")).isNotEmpty();
        assertThat(page.select(".notice").text()).contains("sample data");
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(json.get("@type").asString()).isEqualTo("Organization");
        JsonNode location = json.get("location").get(0);
        assertThat(location.get("address").get("postalCode").asString()).matches("\\d{5}");
        assertThat(location.get("geo").get("latitude").asDouble()).isBetween(40.0, 46.0);
    }

    @Autowired
    org.healthcareershub.employers.EmployerRegistration registration;

    @Autowired
    org.healthcareershub.employers.domain.EmployerPortal portal;

    @Test
    void profileShowsTheLanguagesTheOrganizationSpeaksInThePagesLanguage() throws Exception {
        long id = registration.registerPending("Polyglot Care " + java.util.UUID.randomUUID(), null, null);
        registration.verify(id);
        portal.describe(
                id,
                new org.healthcareershub.employers.domain.PortalRules.Profile(
                        "We speak with clients in their language.",
                        null,
                        java.util.Set.of(),
                        java.util.Set.of(),
                        java.util.Set.of("ht", "es", "en")));
        String slug = registration.find(id).orElseThrow().slug();

        Document english = page(mvc.get().uri("/employers/" + slug));
        // in the order of the portal's list, named in the page's language
        assertThat(english.select("#languages li").eachText()).containsExactly("English", "Spanish", "Haitian Creole");
        Document spanish = page(mvc.get().uri("/employers/" + slug + "?lang=es"));
        assertThat(spanish.select("#languages h2").text()).isEqualTo("Idiomas que hablan");
        assertThat(spanish.select("#languages li").eachText()).containsExactly("Inglés", "Español", "Criollo haitiano");
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(
                        english.selectFirst("script[type=application/ld+json]").data());
        assertThat(json.get("knowsLanguage").valueStream().map(JsonNode::asString))
                .containsExactly("en", "es", "ht");
    }

    @Test
    void profileOfAnOrganizationThatNamedNoLanguageHasNoLanguageSection() throws Exception {
        long id = registration.registerPending("Quiet Care " + java.util.UUID.randomUUID(), null, null);
        registration.verify(id);
        Document page = page(mvc.get()
                .uri("/employers/" + registration.find(id).orElseThrow().slug()));
        assertThat(page.select("#languages")).isEmpty();
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(json.has("knowsLanguage")).isFalse();
    }

    @Test
    void unknownEmployerIsA404() {
        assertThat(mvc.get().uri("/employers/no-such-employer").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    private static Document page(MockMvcTester.MockMvcRequestBuilder request) {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
