package org.healthcareershub.careers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcareershub.careers.OewsTestFiles.SOME_ANNUAL;
import static org.healthcareershub.careers.OewsTestFiles.SOME_HOURLY;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.healthcareershub.careers.OewsTestFiles;
import org.healthcareershub.careers.domain.OccupationWages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class AdminWagePagesTests {

    static final String PATH = "/admin/careers/wages";
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OccupationWages wages;

    @AfterEach
    void removeWages() {
        wages.deleteAll();
    }

    /** Posts the form for a May survey of {@code year}, with {@code file} unless null. */
    MvcTestResult upload(byte[] file, String year, RequestPostProcessor who) {
        var request = mvc.post().multipart().uri(PATH);
        if (file != null) {
            request = request.file(new MockMultipartFile("file", "oews.csv", "text/csv", file));
        }
        return request.param("year", year)
                .param("month", "5")
                .with(who)
                .with(csrf())
                .exchange();
    }

    static OewsTestFiles table() {
        return OewsTestFiles.table()
                .statewide("21-1094 Community Health Workers", SOME_HOURLY, SOME_ANNUAL)
                .statewide("21-1022 Healthcare Social Workers", "25.00 28.00 n/a 34.00 37.00", SOME_ANNUAL)
                .statewide("47-2061 Construction Laborers", SOME_HOURLY, SOME_ANNUAL);
    }

    @Test
    void onlyStaffReachTheWagePages() {
        MvcTestResult anonymous = mvc.get().uri(PATH).exchange();
        assertThat(anonymous).hasStatus3xxRedirection();
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/sign-in");
        assertThat(mvc.get().uri(PATH).with(user("someone").roles("SEEKER")).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(upload(table().csv(), "2024", user("someone").roles("EMPLOYER")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(wages.count()).isZero();
        assertThat(mvc.get().uri(PATH).with(ADMIN).exchange()).hasStatusOk();
    }

    @Test
    void theStaffHomeLinksToTheWagePage() {
        Document home = html(mvc.get().uri("/admin").with(ADMIN).exchange());
        assertThat(home.select("a.choice[href=" + PATH + "]").text()).contains("Pay data (BLS OEWS)");
    }

    @Test
    void anUploadShowsWhatHappenedToEachRowAndWhatIsLoaded() {
        Document page = html(upload(table().csv(), "2024", ADMIN));

        assertThat(page.select(".error-summary")).isEmpty();
        assertThat(page.select(".result-count").text())
                .isEqualTo("May 2024: 1 rows kept, 1 rejected, 0 stored rows replaced.");
        assertThat(page.select("#report-h ~ .table-wrap tbody tr").eachText())
                .containsExactly(
                        "2 New York 36 Community Health Workers 21-1094 Kept",
                        "3 New York 36 Healthcare Social Workers 21-1022 Rejected H_MEDIAN: \"n/a\" is not a wage.");
        assertThat(page.select(".skipped").text()).contains("1 rows of occupations that no career names");
        assertThat(page.select("#loaded-h ~ .table-wrap tbody tr").eachText())
                .containsExactly("May 2024 New York 36 1");
    }

    @Test
    void aMissingYearAndFileAreExplainedNextToTheirFields() {
        Document page = html(upload(null, "", ADMIN));

        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#year", "#file");
        assertThat(page.select("#year-error").text()).isEqualTo("Enter the survey year.");
        assertThat(page.select("#file-error").text()).isEqualTo("Choose an OEWS file to load.");
        assertThat(page.select("#month option[selected]").val()).isEqualTo("5");
    }

    @Test
    void aBadYearIsShownAgainAsTyped() {
        Document page = html(upload(table().csv(), "20x4", ADMIN));

        assertThat(page.select("#year").val()).isEqualTo("20x4");
        assertThat(page.select("#year-error").text()).startsWith("Enter a year from 1997 to");
        assertThat(wages.count()).isZero();
    }

    @Test
    void aFileOfAnotherShapeIsRefusedWithTheMissingColumns() {
        Document page = html(upload("name,pay\nnurse,50\n".getBytes(StandardCharsets.UTF_8), "2024", ADMIN));

        assertThat(page.select("#file-error").text()).contains("AREA, AREA_TITLE, OCC_CODE, OCC_TITLE");
        assertThat(page.select("#report-h")).isEmpty();
    }

    @Test
    void theSpanishPageIsInSpanish() {
        Document page = html(mvc.get().uri(PATH + "?lang=es").with(ADMIN).exchange());
        assertThat(page.select("h1").text()).isEqualTo("Datos salariales (BLS OEWS)");
        assertThat(page.select("#month option[selected]").text()).isEqualTo("Mayo");
    }

    private static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
