package org.healthcareershub.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class GuidePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void asksTheQuestionsFirst() {
        Document page = page(mvc.get().uri("/trainings/guide"));
        assertThat(page.select("h1").text()).isEqualTo("Training guide");
        assertThat(page.select("form select#career, form select#education, form #years, form #near, form #budget"))
                .hasSize(5);
        assertThat(page.select(".guide-results")).isEmpty();
    }

    @Test
    void ranksProgramsWithReasonsAndChecksEligibility() {
        Document page = page(mvc.get()
                .uri("/trainings/guide")
                .param("career", "care-coordination-and-care-management")
                .param("education", "BACHELOR")
                .param("years", "1")
                .param("near", "12207")
                .param("miles", "30")
                .param("schedule", "EVENINGS")
                .param("mode", "EITHER"));
        assertThat(page.select(".eligibility--yes li").eachText())
                .anySatisfy(text -> assertThat(text).contains("Care Coordinator"));
        String healthHome = page.select(".eligibility--no li").stream()
                .filter(li -> li.text().contains("Children's Health Home"))
                .findFirst()
                .orElseThrow()
                .text();
        assertThat(healthHome)
                .contains("a bachelor's degree plus 2 years of experience")
                .contains("an RN license plus 2 years")
                .contains("You are missing: 1 more year of relevant experience");
        assertThat(page.select(".eligibility--no li").stream()
                        .filter(li -> li.text().contains("CCCTM"))
                        .findFirst()
                        .orElseThrow()
                        .select(".gap")
                        .text())
                .isEqualTo("You are missing: an RN license and 1 more year of relevant experience");
        assertThat(page.select(".suggestions > li")).isNotEmpty();
        assertThat(page.select(".suggestions .reasons").text()).containsAnyOf("miles away", "Online");
        assertThat(page.select("#education option[selected]").val()).isEqualTo("BACHELOR");
        assertThat(page.select("#schedule-EVENINGS").hasAttr("checked")).isTrue();
    }

    @Test
    void anRnWithTwoYearsCanApplyForTheHealthHomeRole() {
        Document page = page(mvc.get()
                .uri("/trainings/guide")
                .param("career", "care-coordination-and-care-management")
                .param("education", "ASSOCIATE")
                .param("license", "RN")
                .param("years", "2"));
        assertThat(page.select(".eligibility--yes li").text()).contains("Health Home Care Manager", "RN Case Manager");
    }

    @Test
    void badAnswersAreExplainedAndKept() {
        Document page = page(mvc.get()
                .uri("/trainings/guide")
                .param("years", "lots")
                .param("near", "Nowhere, ZZ")
                .param("miles", "-3"));
        assertThat(page.select(".error-summary li")).hasSize(3);
        assertThat(page.select("#years-error").text()).contains("0 to 60");
        assertThat(page.select("#years").val()).isEqualTo("lots");
        assertThat(page.select("#near").val()).isEqualTo("Nowhere, ZZ");
        assertThat(page.select("#miles-error")).isNotEmpty();
    }

    @Test
    void keepsEveryAnswerChosen() {
        Document page = page(mvc.get()
                .uri("/trainings/guide")
                .param("education", "BACHELOR")
                .param("license", "LMSW")
                .param("budget", "1000")
                .param("schedule", "EVENINGS")
                .param("mode", "ONLINE"));
        assertThat(page.select("#education option[selected]").val()).isEqualTo("BACHELOR");
        assertThat(page.select("#license-LMSW").hasAttr("checked")).isTrue();
        assertThat(page.select("#budget option[selected]").text()).contains("1000");
        assertThat(page.select("#schedule-EVENINGS").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=mode][checked]").val()).isEqualTo("ONLINE");
        assertThat(page(mvc.get().uri("/trainings/guide"))
                        .select("input[name=mode][checked]")
                        .val())
                .isEqualTo("EITHER");
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
