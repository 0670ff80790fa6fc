package org.healthcareershub.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.TrainingCatalog;
import org.healthcareershub.trainings.TrainingView;
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
class TrainingPagesTests {

    static final java.util.regex.Pattern CONTACT_THEM =
            java.util.regex.Pattern.compile("(?i)contact the|check with|ask your");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TrainingCatalog catalog;

    @Test
    void searchPageShowsResultsWithFeaturedFirstAndEachProgramOnce() {
        Document page = page(mvc.get().uri("/trainings"));
        assertThat(page.select("h1").text()).isEqualTo("Find training");
        assertThat(page.select("#results .training-card").size()).isEqualTo(10);
        assertThat(page.select("#count-type-CERTIFICATE").text()).matches("\\d+");
        assertThat(page.select("#training-search[data-hx-get]:not([data-hx-disable])"))
                .hasSize(1);
        var cards = page.select("main .training-card");
        assertThat(cards).hasSize(page.select("#results .training-card").size());
        assertThat(cards.select("h3 a").eachAttr("href")).doesNotHaveDuplicates();
        assertThat(cards.first().select(".badge--featured")).isNotEmpty();
        assertThat(page.select(".badge--sample")).isNotEmpty();
        assertThat(page.select(".pagination a[rel=next]").attr("href")).contains("page=2");
    }

    @Test
    void theUrlHoldsTheWholeSearchAndTheFormShowsIt() {
        Document page = page(mvc.get()
                .uri("/trainings")
                .param("q", "care coordination")
                .param("type", "CERTIFICATE")
                .param("near", "12207")
                .param("radius", "50")
                .param("sort", "DISTANCE"));
        assertThat(page.select("#q").val()).isEqualTo("care coordination");
        assertThat(page.select("#type-CERTIFICATE").hasAttr("checked")).isTrue();
        assertThat(page.select("#near").val()).isEqualTo("12207");
        assertThat(page.select("#radius").val()).isEqualTo("50");
        assertThat(page.select("#sort option[selected]").val()).isEqualTo("DISTANCE");
        assertThat(page.select("#results").text()).contains("miles away");
    }

    @Test
    void htmxRequestGetsOnlyTheResultsWithUpdatedCounts() {
        MvcTestResult result = mvc.get()
                .uri("/trainings")
                .param("mode", "ONLINE")
                .header("HX-Request", "true")
                .exchange();
        String body = body(result);
        assertThat(body).doesNotContain("<html", "site-header");
        Document fragment = Jsoup.parseBodyFragment(body);
        assertThat(fragment.select("#results")).hasSize(1);
        assertThat(fragment.select("span[data-hx-swap-oob][id=count-mode-IN_PERSON]"))
                .hasSize(1);
    }

    @Test
    void aChosenCostIsCheckedAndAnyCostOtherwise() {
        Document any = page(mvc.get().uri("/trainings"));
        assertThat(any.select("input[name=cost][checked]").attr("id")).isEqualTo("cost-any");
        Document free = page(mvc.get().uri("/trainings").param("cost", "free"));
        assertThat(free.select("input[name=cost][checked]").attr("id")).isEqualTo("cost-free");
        assertThat(free.select("label[for=cost-free]").text()).startsWith("Free");
    }

    @Test
    void htmxRequestSwapsEveryCountTheFormShows() {
        Document whole = page(mvc.get().uri("/trainings").param("mode", "ONLINE"));
        Document fragment = Jsoup.parseBodyFragment(body(mvc.get()
                .uri("/trainings")
                .param("mode", "ONLINE")
                .header("HX-Request", "true")
                .exchange()));
        assertThat(whole.select("#training-search .count").eachAttr("id"))
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(
                        fragment.select("span[data-hx-swap-oob]").eachAttr("id"));
        for (String id : whole.select("#training-search .count").eachAttr("id")) {
            assertThat(fragment.getElementById(id).text())
                    .as(id)
                    .isEqualTo(whole.getElementById(id).text());
        }
    }

    @Test
    void htmxRequestUpdatesTheCareerCountsToo() {
        Document whole = page(mvc.get().uri("/trainings").param("type", "CERTIFICATE"));
        Document fragment = Jsoup.parseBodyFragment(body(mvc.get()
                .uri("/trainings")
                .param("type", "CERTIFICATE")
                .header("HX-Request", "true")
                .exchange()));
        assertThat(fragment.select("select[data-hx-swap-oob][id=career] option").eachText())
                .hasSizeGreaterThan(1)
                .isEqualTo(whole.select("select#career option").eachText())
                .isNotEqualTo(page(mvc.get().uri("/trainings"))
                        .select("select#career option")
                        .eachText());
    }

    @Test
    void bothBodiesOfTheSearchUrlVaryOnHxRequest() {
        // Without it Chromium's back button showed the cached htmx fragment as the whole page.
        for (boolean htmx : new boolean[] {false, true}) {
            var request = mvc.get().uri("/trainings").param("q", "care coordination");
            MvcTestResult result = (htmx ? request.header("HX-Request", "true") : request).exchange();
            assertThat(result.getResponse().getHeaders("Vary")).contains("HX-Request");
        }
    }

    @Test
    void htmxHistoryRestoreGetsTheWholePage() {
        MvcTestResult result = mvc.get()
                .uri("/trainings")
                .param("q", "care coordination")
                .header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true")
                .exchange();
        Document page = Jsoup.parse(body(result));
        assertThat(page.select(".site-header")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Find training");
        assertThat(page.select("#training-search #q").val()).isEqualTo("care coordination");
        assertThat(page.select("span[data-hx-swap-oob]")).isEmpty();
    }

    @Test
    void badInputIsExplainedNextToEachFieldAndResultsStillShow() {
        Document page = page(mvc.get()
                .uri("/trainings")
                .param("q", "a".repeat(2000))
                .param("near", "Atlantis, ZZ")
                .param("radius", "-5")
                .param("cost", "cheap")
                .param("page", "x"));
        assertThat(page.select(".error-summary li")).hasSize(4);
        assertThat(page.select("#q-error").text()).contains("too long");
        assertThat(page.select("#near-error").text()).contains("ZIP");
        assertThat(page.select("#near").val()).isEqualTo("Atlantis, ZZ");
        assertThat(page.select("#radius-error").text()).contains("1 to 250");
        assertThat(page.select("#radius").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select(".result-count")).isNotEmpty();
        assertThat(page.select("#training-search").hasAttr("data-hx-disable")).isTrue();
    }

    @Test
    void htmxSearchWithBadInputSwapsTheFormWithItsMessages() {
        MvcTestResult result = mvc.get()
                .uri("/trainings")
                .param("near", "Atlantis, ZZ")
                .header("HX-Request", "true")
                .exchange();
        assertThat(result.getResponse().getHeader("HX-Retarget")).isEqualTo("#search");
        assertThat(result.getResponse().getHeader("HX-Reswap")).isEqualTo("outerHTML");
        Document fragment = Jsoup.parseBodyFragment(body(result));
        assertThat(fragment.select("#search > form#training-search .error-summary li"))
                .hasSize(1);
        assertThat(fragment.select("#near-error").text()).contains("ZIP");
        // The swap removes the button that had focus; htmx focuses [autofocus] in new content.
        assertThat(fragment.select(".error-summary[autofocus]")).hasSize(1);
        assertThat(fragment.select("#training-search").hasAttr("data-hx-disable"))
                .isTrue();
        assertThat(fragment.select("#search #results .training-card")).isNotEmpty();
        assertThat(fragment.select("[data-hx-swap-oob]")).isEmpty();
        assertThat(fragment.select(".site-header")).isEmpty();
    }

    @Test
    void htmxSearchSaysWhichPlaceItGuessed() {
        MvcTestResult result = mvc.get()
                .uri("/trainings")
                .param("near", "Rochestr, NY")
                .header("HX-Request", "true")
                .exchange();
        assertThat(result.getResponse().getHeader("HX-Retarget")).isNull();
        assertThat(Jsoup.parseBodyFragment(body(result))
                        .select("#results .notice--inline")
                        .text())
                .contains("Rochester, NY");
    }

    @Test
    void anUnknownPlaceIsExplainedToo() {
        Document page = page(mvc.get().uri("/trainings").param("near", "99999"));
        assertThat(page.select("#near-error").text()).contains("could not find");
    }

    @Test
    void aMisspelledCitySaysWhichPlaceItUsed() {
        Document page = page(mvc.get().uri("/trainings").param("near", "Rochestr, NY"));
        assertThat(page.select(".notice--inline").text()).contains("Rochester, NY");
    }

    @Test
    void programPageShowsEverythingWithStructuredData() {
        String href = page(mvc.get()
                        .uri("/trainings")
                        .param("type", "CERTIFICATE")
                        .param("near", "12207")
                        .param("online", "exclude")
                        .param("sort", "DISTANCE"))
                .select("#results .training-card a")
                .first()
                .attr("href");
        Document page = page(mvc.get().uri(href));
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select(".details dt").eachText()).contains("Type", "How it is taught", "Length", "Cost");
        assertThat(page.select("address").text()).contains("NY");
        assertThat(page.select(".map").attr("data-points")).contains("\"lat\"", "\"lon\"");
        assertThat(page.select(".map").attr("data-tiles")).contains("{z}/{x}/{y}");
        assertThat(page.select("script[data-leaflet*=leaflet]")).hasSize(1);
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(json.get("@type").asString()).isEqualTo("EducationalOccupationalProgram");
        assertThat(json.get("provider").get("name").asString()).isNotBlank();
        assertThat(json.get("educationalCredentialAwarded").asString()).isEqualTo("Certificate");
        assertThat(json.get("educationalProgramMode").asString()).isIn("onsite", "hybrid");
        assertThat(json.has("location"))
                .as("not an EducationalOccupationalProgram property")
                .isFalse();
        JsonNode place = json.get("offers").get("availableAtOrFrom");
        assertThat(place.get("@type").asString()).isEqualTo("Place");
        assertThat(place.get("address").get("addressRegion").asString()).isEqualTo("NY");
        assertThat(place.get("geo").get("latitude").asDouble()).isBetween(40.0, 46.0);
    }

    @Test
    void sampleProgramsSaySoOnTheirPage() {
        String href = page(mvc.get().uri("/trainings")).select(".training-card").stream()
                .filter(card -> !card.select(".badge--sample").isEmpty())
                .findFirst()
                .orElseThrow()
                .select("a")
                .attr("href");
        assertThat(page(mvc.get().uri(href)).select(".notice").text()).contains("sample data");
    }

    @Test
    void aProgramThatSaysContactTheProviderLinksToHow() {
        var sayContact = catalog.published().stream()
                .filter(t -> t.description() != null
                        && CONTACT_THEM.matcher(t.description()).find())
                .toList();
        assertThat(sayContact.stream().filter(t -> t.url() == null)).hasSizeGreaterThanOrEqualTo(3);
        for (TrainingView t : sayContact) {
            Document page = page(mvc.get().uri("/trainings/" + t.id()));
            String way = t.url() != null ? t.url() : t.providerUrl();
            assertThat(way).as(t.title()).isNotNull();
            assertThat(page.select("main a.button[href=\"" + way + "\"]"))
                    .as(t.title())
                    .hasSize(1);
        }
    }

    @Test
    void aProgramOfUnknownFormatSaysSoAndIsNotCountedAsOnline() {
        TrainingView unknown = catalog.published().stream()
                .filter(t -> t.deliveryMode() == DeliveryMode.UNKNOWN && !t.hasLocation())
                .findFirst()
                .orElseThrow();
        Document page = page(mvc.get().uri("/trainings/" + unknown.id()));
        assertThat(page.select(".details").text()).contains("Format not known").doesNotContain("Online");
        assertThat(page.select("section[aria-labelledby=where-h]").text())
                .contains("We do not know yet whether this program is online");

        Document list = page(mvc.get().uri("/trainings"));
        long unknownCount = catalog.published().stream()
                .filter(t -> t.deliveryMode() == DeliveryMode.UNKNOWN)
                .count();
        assertThat(list.select("#count-mode-UNKNOWN").text()).isEqualTo(String.valueOf(unknownCount));
        assertThat(list.select("label[for=mode-UNKNOWN]").text()).contains("Format not known");
    }

    @Test
    void missingProgramIsA404() {
        assertThat(mvc.get().uri("/trainings/987654321").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/trainings/abc").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void flagshipCareerPageShowsItsFeaturedTrainings() {
        Document page = page(mvc.get().uri("/careers/care-coordination-and-care-management"));
        assertThat(page.select("#featured-trainings .card")).isNotEmpty();
        for (var card : page.select("#featured-trainings .card")) {
            boolean sample = !page(mvc.get().uri(card.select("a").attr("href")))
                    .select(".notice:contains(sample data)")
                    .isEmpty();
            assertThat(card.select(".badge--sample").isEmpty()).as(card.text()).isEqualTo(!sample);
        }
        assertThat(page.select("#featured-trainings .badge--sample")).isNotEmpty();
        assertThat(page.select("#featured-trainings a").last().attr("href"))
                .isEqualTo("/trainings?career=care-coordination-and-care-management");
    }

    @Test
    void spanishCareerPageShowsFeaturedTitlesAndProvidersInSpanishWhereTheCatalogHasThem() {
        Document page = page(mvc.get().uri("/careers/care-coordination-and-care-management?lang=es"));
        assertThat(page.select("#featured-trainings .card__title").eachText())
                .contains("Programa de coordinación de la atención (sin créditos)")
                .doesNotContain("Care Coordination Program (non-credit)");
        assertThat(page.select("#featured-trainings .card").text()).doesNotContain("(sample)");
        assertThat(page.select("#featured-trainings .card").text()).contains("(ejemplo)");
    }

    private static Document page(MockMvcTester.MockMvcRequestBuilder request) {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(body(result));
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
