package org.healthcareershub.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.healthcareershub.trainings.TrainingCatalog;
import org.healthcareershub.trainings.TrainingSearch;
import org.healthcareershub.trainings.domain.TrainingCsv;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
class AdminTrainingTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TrainingCatalog catalog;

    @Test
    void staffPagesNeedSigningIn() {
        MvcTestResult result = mvc.get().uri("/admin/trainings").exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/sign-in");
        assertThat(mvc.get().uri("/admin").with(user("someone").roles("SEEKER")).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theConfiguredAdminCanSignInAndOut() {
        MvcTestResult good = mvc.post()
                .uri("/sign-in")
                .param("email", "admin@example.org")
                .param("password", "test-admin-password-123")
                .with(csrf())
                .exchange();
        assertThat(good.getResponse().getRedirectedUrl()).isEqualTo("/admin");
        MvcTestResult bad = mvc.post()
                .uri("/sign-in")
                .param("email", "admin@example.org")
                .param("password", "wrong")
                .with(csrf())
                .exchange();
        assertThat(bad.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        Document page = html(mvc.get().uri("/sign-in?error").exchange());
        assertThat(page.select(".error-summary").text()).contains("did not match");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/admin/trainings/1/archive").with(ADMIN).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void badFormIsShownAgainWithMessagesNextToFieldsAndInputKept() {
        Document page = html(mvc.post()
                .uri("/admin/trainings")
                .with(ADMIN)
                .with(csrf())
                .param("title", "")
                .param("provider", "Kept Provider")
                .param("credentialType", "CERTIFICATE")
                .param("deliveryMode", "IN_PERSON")
                .param("zip", "")
                .param("lengthHours", "many")
                .param("cost", "cheap")
                .param("status", "PUBLISHED")
                .exchange());
        assertThat(page.select(".error-summary li").size()).isGreaterThanOrEqualTo(4);
        assertThat(page.select("#title-error").text()).isEqualTo("Enter this.");
        assertThat(page.select("#zip-error").text()).contains("ZIP");
        assertThat(page.select("#lengthHours-error").text()).contains("whole number");
        assertThat(page.select("#cost-error").text()).contains("free");
        assertThat(page.select("#provider").val()).isEqualTo("Kept Provider");
        assertThat(page.select("#lengthHours").val()).isEqualTo("many");
        assertThat(page.select("#title").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void createsFeaturesAndArchivesAProgram() {
        MvcTestResult created = mvc.post()
                .uri("/admin/trainings")
                .with(ADMIN)
                .with(csrf())
                .param("title", "Qwertz Staff Created Program")
                .param("provider", "Staff College")
                .param("credentialType", "CERTIFICATE")
                .param("deliveryMode", "HYBRID")
                .param("zip", "12207")
                .param("lengthWeeks", "8")
                .param("cost", "350")
                .param("schedules", "EVENINGS")
                .param("careers", "care-coordination-and-care-management")
                .param("jobTitles", "Care Coordinator")
                .param("status", "PUBLISHED")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String editUrl = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(editUrl.replaceAll("\\D", ""));

        var hit = catalog.search(search("Qwertz")).hits().get(0);
        assertThat(hit.city()).isEqualTo("Albany");
        assertThat(hit.featured()).isFalse();

        assertThat(mvc.post()
                        .uri("/admin/trainings/" + id + "/feature")
                        .with(ADMIN)
                        .with(csrf())
                        .param("featured", "true")
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(catalog.featured(null, 100)).extracting(h -> h.id()).contains(id);

        Document edit = html(mvc.get().uri(editUrl).with(ADMIN).exchange());
        assertThat(edit.select("#title").val()).isEqualTo("Qwertz Staff Created Program");
        assertThat(edit.select("#schedules-EVENINGS").hasAttr("checked")).isTrue();

        assertThat(mvc.post()
                        .uri("/admin/trainings/" + id + "/archive")
                        .with(ADMIN)
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(catalog.search(search("Qwertz")).total()).isZero();
        assertThat(mvc.get().uri("/trainings/" + id).exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void importsACsvAndReportsEachRow() {
        String csv = String.join(",", TrainingCsv.COLUMNS) + "\n"
                + "admin-upload-1,Uploaded Good,Upload College,,,CERTIFICATE,ONLINE,,,,,10,,free,,,,,,,,false,PUBLISHED,true\n"
                + "admin-upload-2,,Upload College,,,CERTIFICATE,ONLINE,,,,,10,,free,,,,,,,,false,PUBLISHED,true\n";
        Document page = upload(csv);
        assertThat(page.select("[role=status].result-count").text()).contains("1 created", "1 rejected");
        assertThat(page.select("tr.row--rejected").text()).contains("Column title: Enter this.");
    }

    @Test
    void anEmptyUploadIsExplained() {
        Document page = upload("");
        assertThat(page.select("#file-error").text()).contains("Choose a CSV file");
    }

    @Test
    void offersTheTemplateForDownload() {
        MvcTestResult result = mvc.get()
                .uri("/admin/trainings/import/template.csv")
                .with(ADMIN)
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("trainings-template.csv");
        assertThat(body(result)).startsWith("external_id,title,provider");

        Document imported = upload(body(result));
        assertThat(imported.select("[role=status].result-count").text()).contains("0 rejected");
    }

    static final String CHARACTER = "This contains a character that cannot be used (such as a control or"
            + " text-direction character). Remove it and try again.";

    /** What every field of {@link #formAndImportRejectTheSameInputWithTheSameMessage} starts from. */
    static Map<String, String> goodProgram() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("externalId", "agreement-probe");
        fields.put("title", "Agreement Probe");
        fields.put("provider", "Probe College");
        fields.put("credentialType", "CERTIFICATE");
        fields.put("deliveryMode", "IN_PERSON");
        fields.put("zip", "12207");
        fields.put("status", "DRAFT");
        return fields;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "title; ''; Enter this.",
                "lengthWeeks; 521; Enter a whole number from 1 to 520.",
                "lengthHours; 10001; Enter a whole number from 1 to 10,000.",
                "lengthHours; many; Enter a whole number, such as 12.",
                "cost; 1000000.01; Enter an amount of at most $1,000,000.",
                "cost; cheap; Enter an amount such as 1250, or \"free\", or \"unknown\".",
                "zip; 00000; We could not find ZIP code 00000.",
                "zip; 1220; Enter a 5-digit ZIP code.",
                "startDates; January 2027; Enter each date as YYYY-MM-DD, for example 2027-01-12.",
                "url; example.org; Enter a web address starting with http:// or https://.",
                "credentialType; ''; Choose one.",
                "title; Agreement\u0000Probe; " + CHARACTER,
                "provider; Probe\tCollege; " + CHARACTER,
                "description; Learn \u202Eevil; " + CHARACTER,
                "city; Albany\u2028Downtown; This takes a single line: remove the line break and try again."
            })
    void formAndImportRejectTheSameInputWithTheSameMessage(String field, String value, String message) {
        Map<String, String> fields = goodProgram();
        fields.put(field, value);

        var post = mvc.post().uri("/admin/trainings").with(ADMIN).with(csrf());
        fields.forEach(post::param);
        Document form = html(post.exchange());
        assertThat(form.select("#" + field + "-error").text()).isEqualTo(message);
        assertThat(form.select(".error-summary a").eachAttr("href")).containsExactly("#" + field);

        Object[] row = new Object[TrainingCsv.COLUMNS.size()];
        fields.forEach((name, cell) -> row[TrainingCsv.COLUMNS.indexOf(TrainingCsv.column(name))] = cell);
        String csv = String.join(",", TrainingCsv.COLUMNS) + "\n" + CSVFormat.DEFAULT.format(row) + "\n";
        Document report = upload(csv);
        assertThat(report.select("tr.row--rejected .problems li > span:first-child")
                        .eachText())
                .containsExactly("Column " + TrainingCsv.column(field) + ": " + message);
    }

    /** The import page after staff upload {@code csv}. */
    Document upload(String csv) {
        return html(mvc.post()
                .uri("/admin/trainings/import")
                .multipart()
                .file(new MockMultipartFile("file", "programs.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(ADMIN)
                .with(csrf())
                .exchange());
    }

    static TrainingSearch search(String text) {
        return new TrainingSearch(text, null, null, null, null, null, null, 25, true, null, 1, 10);
    }

    static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return Jsoup.parse(body(result));
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
