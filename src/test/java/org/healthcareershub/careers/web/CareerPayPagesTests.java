package org.healthcareershub.careers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcareershub.careers.OewsTestFiles.SOME_ANNUAL;
import static org.healthcareershub.careers.OewsTestFiles.SOME_HOURLY;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.healthcareershub.careers.OewsTestFiles;
import org.healthcareershub.careers.domain.OccupationWages;
import org.healthcareershub.careers.domain.OewsImport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Pay on career pages: published BLS OEWS wages by region with source and survey, else the reference. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class CareerPayPagesTests {

    static final String FLAGSHIP = "/careers/care-coordination-and-care-management";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OewsImport importer;

    @Autowired
    OccupationWages wages;

    @BeforeEach
    @AfterEach
    void noWages() {
        wages.deleteAll();
    }

    void load(OewsTestFiles table, YearMonth survey) throws IOException {
        assertThat(importer.importFile(new ByteArrayInputStream(table.csv()), survey)
                        .fileProblem())
                .isNull();
    }

    /** Statewide and Buffalo figures for two of the flagship's occupations; made up for the tests. */
    static OewsTestFiles statewideAndBuffalo() {
        return OewsTestFiles.table()
                .statewide("21-1094 Community Health Workers", SOME_HOURLY, SOME_ANNUAL)
                .statewide("29-1141 Registered Nurses", "40.00 45.00 50.00 60.00 #", "83,200 93,600 104,000 124,800 #")
                .metro(
                        "15380",
                        "Buffalo-Cheektowaga, NY",
                        "21-1094 Community Health Workers",
                        "18.00 19.00 20.00 21.00 22.00",
                        "37,440 39,520 41,600 43,680 45,760");
    }

    @Test
    void withNothingLoadedTheReferenceRangeNamesItsSource() {
        Document page = page(FLAGSHIP);

        assertThat(page.getElementById("pay")).isNull();
        assertThat(page.select("#quick-facts .fact-card").first().text())
                .contains("$16–$38 per hour", "Typical range")
                .contains("Source: NYS Health Workforce Collaborative career page (no year given)")
                .doesNotContain("(no year given) (no year given)");
        JsonNode salary = jsonLd(page).get("estimatedSalary");
        assertThat(salary.get(0).get("@type").asString()).isEqualTo("MonetaryAmount");
        assertThat(salary.get(0).get("value").get("minValue").asInt()).isEqualTo(16);
        assertThat(salary.get(0).get("value").get("unitText").asString()).isEqualTo("HOUR");
        assertThat(salary.get(1).get("value").get("maxValue").asInt()).isEqualTo(60000);
    }

    @Test
    void showsStatewideFiguresWithSourceAndSurveyWhenNoRegionIsChosen() throws IOException {
        load(statewideAndBuffalo(), YearMonth.of(2024, 5));

        Document page = page(FLAGSHIP);

        assertThat(page.select("#pay table caption").eachText()).containsExactly("New York");
        assertThat(page.select("#pay tbody th").eachText())
                .containsExactly("Community Health Workers SOC 21-1094", "Registered Nurses SOC 29-1141");
        assertThat(page.select("#pay tbody tr").get(1).text())
                .contains(
                        "$104,000 a year", "$50.00 an hour", "$83,200 a year to at or above the highest yearly figure");
        assertThat(page.select("#pay .wages__source").text()).isEqualTo("Source: BLS OEWS, May 2024");
        assertThat(page.select("#pay select#region option[selected]")).isEmpty();
        assertThat(page.select(".toc a[href=#pay]")).hasSize(1);
        assertThat(page.select("#quick-facts").text())
                .as("the reference stays, with its source")
                .contains("Source:");
    }

    @Test
    void showsTheMetropolitanAreasOfTheChosenRegion() throws IOException {
        load(statewideAndBuffalo(), YearMonth.of(2024, 5));

        Document page = page(FLAGSHIP + "?region={region}", "Western New York");

        assertThat(page.select("#pay table caption").eachText()).containsExactly("Buffalo-Cheektowaga, NY");
        assertThat(page.select("#pay tbody tr").text()).contains("$41,600 a year", "$37,440 a year to $45,760 a year");
        assertThat(page.select("#pay .wages__source").text()).isEqualTo("Source: BLS OEWS, May 2024");
        assertThat(page.select("#pay select#region option[selected]").val()).isEqualTo("Western New York");
        assertThat(page.select("#pay .notice")).isEmpty();
    }

    @Test
    void aRegionWithoutFiguresFallsBackToTheStateAndSaysSo() throws IOException {
        load(statewideAndBuffalo(), YearMonth.of(2024, 5));

        Document page = page(FLAGSHIP + "?region={region}", "North Country");

        assertThat(page.select("#pay .notice").text()).contains("North Country", "statewide");
        assertThat(page.select("#pay table caption").eachText()).containsExactly("New York");
    }

    @Test
    void anUnknownRegionIsExplainedNextToTheChoiceAndTheStateIsShown() throws IOException {
        load(statewideAndBuffalo(), YearMonth.of(2024, 5));

        Document page = page(FLAGSHIP + "?region={region}", "Atlantis");

        assertThat(page.select("#region-error").text()).contains("do not know that region");
        assertThat(page.select("select#region").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#pay table caption").eachText()).containsExactly("New York");
    }

    @Test
    void theNewestSurveyIsShown() throws IOException {
        load(statewideAndBuffalo(), YearMonth.of(2024, 5));
        load(
                OewsTestFiles.table()
                        .statewide(
                                "21-1094 Community Health Workers", SOME_HOURLY, "43,680 47,840 52,000 56,160 60,320"),
                YearMonth.of(2025, 5));

        Document page = page(FLAGSHIP);

        assertThat(page.select("#pay .wages__source").text()).isEqualTo("Source: BLS OEWS, May 2025");
        assertThat(page.select("#pay tbody th").eachText()).containsExactly("Community Health Workers SOC 21-1094");
    }

    @Test
    void structuredDataGivesStatewidePercentilesWithTheirPeriod() throws IOException {
        load(statewideAndBuffalo(), YearMonth.of(2024, 5));

        JsonNode occupation = jsonLd(page(FLAGSHIP + "?region={region}", "Western New York"));

        assertThat(occupation.has("dateModified")).isFalse();
        JsonNode salary = occupation.get("estimatedSalary");
        assertThat(salary.size()).isEqualTo(2);
        JsonNode nurses = salary.get(1);
        assertThat(nurses.get("@type").asString()).isEqualTo("MonetaryAmountDistribution");
        assertThat(nurses.get("currency").asString()).isEqualTo("USD");
        assertThat(nurses.get("duration").asString()).isEqualTo("P1Y");
        assertThat(nurses.get("median").decimalValue()).isEqualByComparingTo("104000");
        assertThat(nurses.get("percentile10").decimalValue()).isEqualByComparingTo("83200");
        assertThat(nurses.get("percentile75").decimalValue()).isEqualByComparingTo("124800");
        assertThat(nurses.has("percentile90")).as("top-coded, so no number").isFalse();
        assertThat(nurses.has("minValue")).isFalse();
    }

    @Test
    void spanishPageGivesTheSourceAndSurveyInSpanish() throws IOException {
        load(statewideAndBuffalo(), YearMonth.of(2024, 5));

        Document page = page(FLAGSHIP + "?lang=es&region={region}", "Western New York");

        assertThat(page.select("#pay h2").text()).isEqualTo("Salarios por región");
        assertThat(page.select("#pay .wages__source").text()).isEqualTo("Fuente: BLS OEWS, mayo de 2024");
        assertThat(page.select("#pay tbody tr").text()).contains("$41,600 al año", "$20.00 por hora");
        assertThat(page.select("#pay label[for=region]").text()).isEqualTo("Su región");
        assertThat(page.select("#quick-facts .fact-card").first().text()).contains("Fuente:", "(sin año indicado)");
    }

    private Document page(String uri, Object... variables) {
        MvcTestResult result = mvc.get().uri(uri, variables).exchange();
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode jsonLd(Document page) {
        return JsonMapper.builder()
                .build()
                .readTree(page.selectFirst("script[type=application/ld+json]").data());
    }
}
