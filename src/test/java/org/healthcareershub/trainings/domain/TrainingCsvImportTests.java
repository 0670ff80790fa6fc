package org.healthcareershub.trainings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.ImportReport;
import org.healthcareershub.trainings.ImportReport.Outcome;
import org.healthcareershub.trainings.TrainingStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@Tag("db")
class TrainingCsvImportTests {

    static final String HEADER = String.join(",", TrainingCsvImport.COLUMNS) + "\n";

    @Autowired
    TrainingCsvImport importer;

    @Autowired
    Trainings trainings;

    static String row(String id, String title, String mode, String zip, String cost, String careers) {
        return String.join(
                        ",",
                        id,
                        title,
                        "Import Test College",
                        "https://example.org",
                        "\"Learn care coordination, with commas, quoted\"",
                        "CERTIFICATE",
                        mode,
                        "",
                        "",
                        "",
                        zip,
                        "40",
                        "",
                        cost,
                        "EVENINGS|WEEKENDS",
                        "2027-01-12",
                        "",
                        "WIOA",
                        careers,
                        "Care Coordinator",
                        "",
                        "false",
                        "PUBLISHED",
                        "true")
                + "\n";
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void createsGoodRowsAndExplainsEachRejectedOne() {
        String csv = HEADER
                + row(
                        "imp-good-1",
                        "Import Good One",
                        "IN_PERSON",
                        "12207",
                        "450",
                        "care-coordination-and-care-management")
                + row("imp-good-2", "Import Good Two", "ONLINE", "", "free", "")
                + row("imp-bad-title", "", "IN_PERSON", "12207", "450", "")
                + row("imp-bad-zip", "Bad Zip", "IN_PERSON", "00000", "450", "")
                + row("imp-bad-career", "Bad Career", "ONLINE", "", "cheap", "astronaut")
                + row("imp-good-1", "Duplicate", "ONLINE", "", "free", "");
        ImportReport report = importer.importCsv(new StringReader(csv));

        assertThat(report.fileProblem()).isNull();
        assertThat(report.rows())
                .extracting(ImportReport.Row::outcome)
                .containsExactly(
                        Outcome.CREATED,
                        Outcome.CREATED,
                        Outcome.REJECTED,
                        Outcome.REJECTED,
                        Outcome.REJECTED,
                        Outcome.REJECTED);
        assertThat(report.rows().get(2).problems())
                .extracting(ImportReport.Problem::column)
                .containsExactly("title");
        assertThat(report.rows().get(3).problems())
                .extracting(ImportReport.Problem::column, ImportReport.Problem::key, ImportReport.Problem::value)
                .containsExactly(tuple("zip", "admin.error.zipUnknown", "00000"));
        assertThat(report.rows().get(4).problems())
                .extracting(ImportReport.Problem::column, ImportReport.Problem::key)
                .containsExactly(tuple("cost", "admin.error.cost"), tuple("careers", "admin.error.unknownCareer"));
        assertThat(report.rows().get(5).problems())
                .extracting(ImportReport.Problem::column, ImportReport.Problem::key)
                .containsExactly(tuple("external_id", "trainings.import.duplicate"));
        assertThat(report.rows().get(0).line()).isEqualTo(2);

        Training good = trainings.findByExternalId("imp-good-1").orElseThrow();
        assertThat(good.details().location().city()).isEqualTo("Albany");
        assertThat(good.details().location().region()).isEqualTo("Capital Region");
        assertThat(good.details().location().point()).isNotNull();
        assertThat(good.details().status()).isEqualTo(TrainingStatus.PUBLISHED);
        assertThat(trainings.findByExternalId("imp-bad-zip")).isEmpty();
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void aProgramWithNoFormatGivenIsUnknownNotOnlineAndKeepsAPlaceIfItHasOne() {
        String csv = HEADER
                + row("imp-unknown-nowhere", "Unknown Nowhere", "", "", "free", "")
                + row("imp-unknown-albany", "Unknown In Albany", "UNKNOWN", "12207", "free", "")
                + row("imp-in-person-nowhere", "In Person Nowhere", "IN_PERSON", "", "free", "");
        ImportReport report = importer.importCsv(new StringReader(csv));

        assertThat(report.rows())
                .extracting(ImportReport.Row::outcome)
                .containsExactly(Outcome.CREATED, Outcome.CREATED, Outcome.REJECTED);
        var nowhere =
                trainings.findByExternalId("imp-unknown-nowhere").orElseThrow().details();
        assertThat(nowhere.deliveryMode()).isEqualTo(DeliveryMode.UNKNOWN);
        assertThat(nowhere.location()).isNull();
        var albany =
                trainings.findByExternalId("imp-unknown-albany").orElseThrow().details();
        assertThat(albany.deliveryMode()).isEqualTo(DeliveryMode.UNKNOWN);
        assertThat(albany.location().city()).isEqualTo("Albany");
        assertThat(albany.location().point()).isNotNull();
    }

    @Test
    void readsTheSpanishTitleAndProviderNameWhenTheFileHasThem() {
        assertThat(HEADER.strip()).endsWith(",title_es,provider_es");
        String csv = HEADER
                + row("imp-spanish", "Spanish Probe", "ONLINE", "", "free", "").strip()
                + ",Sonda en español,Import Test College (ejemplo)\n";
        assertThat(importer.importCsv(new StringReader(csv)).rows())
                .extracting(ImportReport.Row::outcome)
                .containsExactly(Outcome.CREATED);
        Training training = trainings.findByExternalId("imp-spanish").orElseThrow();
        assertThat(training.title(java.util.Locale.forLanguageTag("es"))).isEqualTo("Sonda en español");
        assertThat(training.title(java.util.Locale.ENGLISH)).isEqualTo("Spanish Probe");

        String retitled = csv.replace("Sonda en español", "Otra sonda");
        assertThat(importer.importCsv(new StringReader(retitled)).rows())
                .extracting(ImportReport.Row::outcome)
                .containsExactly(Outcome.UPDATED);
        assertThat(importer.importCsv(new StringReader(HEADER + row("imp-plain", "Plain", "ONLINE", "", "free", "")))
                        .rows())
                .extracting(ImportReport.Row::outcome)
                .containsExactly(Outcome.CREATED);
    }

    @Test
    void theDemoCatalogFilesNoProgramWhoseFormatIsUnknownAsOnline() throws Exception {
        String demo = new String(
                new org.springframework.core.io.ClassPathResource(DemoTrainingLoader.DEMO_CATALOG)
                        .getInputStream()
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        var format = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        var unknownFormat = java.util.regex.Pattern.compile("(?i)\\bformat\\b[^.]*\\b(unknown|not confirmed)\\b");
        int checked = 0;
        for (var record : format.parse(new StringReader(demo))) {
            if (unknownFormat.matcher(record.get("description")).find()) {
                assertThat(record.get("delivery_mode"))
                        .as(record.get("external_id"))
                        .isEqualTo("UNKNOWN");
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAnEditUpdates() {
        String csv = HEADER + row("imp-repeat", "Repeat Me", "HYBRID", "12180", "\"1,200\"", "");
        assertThat(importer.importCsv(new StringReader(csv)).rows())
                .extracting(ImportReport.Row::outcome)
                .containsExactly(Outcome.CREATED);
        var before = trainings.findByExternalId("imp-repeat").orElseThrow().updatedAt();

        assertThat(importer.importCsv(new StringReader(csv)).rows())
                .extracting(ImportReport.Row::outcome)
                .containsExactly(Outcome.UNCHANGED);
        assertThat(trainings.findByExternalId("imp-repeat").orElseThrow().updatedAt())
                .isEqualTo(before);

        String edited = HEADER + row("imp-repeat", "Repeat Me Again", "HYBRID", "12180", "\"1,200\"", "");
        assertThat(importer.importCsv(new StringReader(edited)).rows())
                .extracting(ImportReport.Row::outcome)
                .containsExactly(Outcome.UPDATED);
        assertThat(trainings.findByExternalId("imp-repeat").orElseThrow().title())
                .isEqualTo("Repeat Me Again");
    }

    @Test
    void aFileWithoutTheTemplateColumnsIsRefusedWhole() {
        ImportReport report = importer.importCsv(new StringReader("name,price\nx,1\n"));
        assertThat(report.fileProblem()).isEqualTo("trainings.import.badHeader");
        assertThat(report.rows()).isEmpty();
    }

    @Test
    void theDemoCatalogImportsWithoutRejections() throws Exception {
        try (var reader = new java.io.InputStreamReader(
                new org.springframework.core.io.ClassPathResource(DemoTrainingLoader.DEMO_CATALOG).getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8)) {
            ImportReport report = importer.importCsv(reader);
            assertThat(report.rows()).hasSizeGreaterThanOrEqualTo(60);
            assertThat(report.rows())
                    .filteredOn(r -> r.outcome() == Outcome.REJECTED)
                    .isEmpty();
            assertThat(report.count(Outcome.UNCHANGED)).isEqualTo(report.rows().size());
        }
    }
}
