package org.healthcareershub.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.careers.EligibilityRules;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.trainings.domain.TrainingCsvImport;
import org.healthcareershub.web.JsonLd;
import org.healthcareershub.web.Site;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Trainings started alone, the other modules' beans mocked and no demo catalog: a program imported the way
 * staff import one is found and shown through {@link TrainingCatalog}.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "hub.demo-data=false")
class TrainingsModuleTests {

    /** The time an import records a first publication by (the web module's clock is not started). */
    @TestConfiguration
    static class Time {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @MockitoBean
    CareerCatalog careers;

    @MockitoBean
    EligibilityRules eligibility;

    @MockitoBean
    Geography geography;

    @MockitoBean
    Site site;

    @MockitoBean
    JsonLd jsonLd;

    @Autowired
    TrainingCsvImport importer;

    @Autowired
    TrainingCatalog catalog;

    static String csv(Map<String, String> values) {
        return String.join(",", TrainingCsvImport.COLUMNS) + "\n"
                + TrainingCsvImport.COLUMNS.stream()
                        .map(column -> values.getOrDefault(column, ""))
                        .collect(Collectors.joining(","))
                + "\n";
    }

    @Test
    void findsAndShowsAnImportedProgram() {
        ImportReport report = importer.importCsv(new StringReader(csv(Map.ofEntries(
                Map.entry("external_id", "module-test-1"),
                Map.entry("title", "Wayfinding Care Navigation"),
                Map.entry("provider", "Module Test College"),
                Map.entry("description", "Online care navigation course"),
                Map.entry("credential_type", "CERTIFICATE"),
                Map.entry("delivery_mode", "ONLINE"),
                Map.entry("length_hours", "40"),
                Map.entry("cost", "free"),
                Map.entry("status", "PUBLISHED"),
                Map.entry("featured", "false"),
                Map.entry("sample", "false")))));
        assertThat(report.rows()).extracting(ImportReport.Row::outcome).containsExactly(ImportReport.Outcome.CREATED);

        TrainingResults results = catalog.search(new TrainingSearch(
                "wayfinding", null, null, null, null, null, null, TrainingSearch.DEFAULT_RADIUS, true, null, 1, 10));

        assertThat(results.hits()).extracting(TrainingHit::title).containsExactly("Wayfinding Care Navigation");
        assertThat(catalog.view(results.hits().get(0).id()).title()).isEqualTo("Wayfinding Care Navigation");
    }
}
