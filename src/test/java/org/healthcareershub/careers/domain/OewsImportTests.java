package org.healthcareershub.careers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcareershub.careers.OewsTestFiles.SOME_ANNUAL;
import static org.healthcareershub.careers.OewsTestFiles.SOME_HOURLY;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.healthcareershub.careers.OewsTestFiles;
import org.healthcareershub.careers.RegionalWages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@Tag("db")
class OewsImportTests {

    static final YearMonth MAY_2024 = YearMonth.of(2024, 5);

    @Autowired
    OewsImport importer;

    @Autowired
    OccupationWages wages;

    @Autowired
    OewsAreas areas;

    @AfterEach
    void removeWages() {
        wages.deleteAll();
    }

    static OewsTestFiles sample() {
        return OewsTestFiles.table()
                .statewide("29-1141 Registered Nurses", "40.00 45.00 50.00 60.00 #", "83,200 93,600 104,000 124,800 #")
                .metro("15380", "Buffalo-Cheektowaga, NY", "21-1094 Community Health Workers", "* * * * *", SOME_ANNUAL)
                .row("10180", "Abilene, TX", "4", "000000", "29-1141", "Registered Nurses", SOME_HOURLY, SOME_ANNUAL)
                .statewide("47-2061 Construction Laborers", SOME_HOURLY, SOME_ANNUAL)
                .row("36", "New York", "2", "622000", "29-2099", "Health Technologists", SOME_HOURLY, SOME_ANNUAL)
                .statewide("21-1022 Healthcare Social Workers", SOME_HOURLY, "52,000 58,240 about 70,720 76,960")
                .statewide("21-1093 Social and Human Service Assistants", "* * * * *", "** ** ** ** **");
    }

    WageImportReport load(byte[] file, YearMonth survey) throws IOException {
        return importer.importFile(new ByteArrayInputStream(file), survey);
    }

    @Test
    void keepsRowsOfCareerOccupationsInMappedAreasAndReportsEachRow() throws IOException {
        WageImportReport report = load(sample().csv(), MAY_2024);

        assertThat(report.fileProblem()).isNull();
        assertThat(report.rows())
                .extracting(WageImportReport.Row::line, WageImportReport.Row::socCode, WageImportReport.Row::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "29-1141", WageImportReport.Outcome.KEPT),
                        org.assertj.core.groups.Tuple.tuple(3L, "21-1094", WageImportReport.Outcome.KEPT),
                        org.assertj.core.groups.Tuple.tuple(7L, "21-1022", WageImportReport.Outcome.REJECTED));
        assertThat(report.rows().get(2).problems())
                .containsExactly(new WageImportReport.Problem("admin.wages.problem.number", "A_MEDIAN", "about"));
        assertThat(report.skipped())
                .containsEntry(OewsImport.SKIPPED_AREA, 1L)
                .containsEntry(OewsImport.SKIPPED_OCCUPATION, 1L)
                .containsEntry(OewsImport.SKIPPED_INDUSTRY, 1L)
                .containsEntry(OewsImport.SKIPPED_NO_WAGES, 1L);
        assertThat(wages.findAll()).extracting(OccupationWage::areaCode).containsExactlyInAnyOrder("36", "15380");
    }

    @Test
    void readsThousandsSeparatorsAndTheSpecialValues() throws IOException {
        load(sample().csv(), MAY_2024);

        RegionalWages.Occupation nurses = stored("36", "29-1141");
        assertThat(nurses.annual().median()).isEqualByComparingTo("104000");
        assertThat(nurses.annual().pct10()).isEqualByComparingTo("83200");
        assertThat(nurses.annual().pct90()).isNull();
        assertThat(nurses.annual().aboveTop(90)).isTrue();
        assertThat(nurses.annual().aboveTop(75)).isFalse();
        assertThat(nurses.hourly().median()).isEqualByComparingTo(new BigDecimal("50.00"));

        RegionalWages.Occupation workers = stored("15380", "21-1094");
        assertThat(workers.hourly()).as("* means not published").isNull();
        assertThat(workers.annual().pct90()).isEqualByComparingTo("58240");
        assertThat(workers.annual().topFrom()).isNull();
    }

    @Test
    void aReimportOfTheSameYearReplacesItsFiguresAndOtherYearsStay() throws IOException {
        load(sample().csv(), MAY_2024);
        load(sample().csv(), YearMonth.of(2023, 5));
        OewsTestFiles revised = OewsTestFiles.table()
                .statewide(
                        "29-1141 Registered Nurses",
                        "41.00 46.00 51.00 61.00 71.00",
                        "85,280 95,680 106,080 126,880 147,680");

        WageImportReport report = load(revised.csv(), MAY_2024);

        assertThat(report.replaced()).as("the 2024 statewide row").isEqualTo(1);
        List<OccupationWage> all = wages.findAll();
        assertThat(all).hasSize(4);
        assertThat(stored("36", "29-1141").annual().median()).isEqualByComparingTo("106080");
        assertThat(stored("36", "29-1141").annual().aboveTop(90)).isFalse();
        assertThat(all.stream().filter(w -> w.survey().equals(YearMonth.of(2023, 5))))
                .hasSize(2);
        assertThat(wages.findBySurveyYearAndAreaCodeInAndSocCodeIn(2024, List.of("15380"), List.of("21-1094")))
                .as("an area the new file does not hold keeps its figures")
                .hasSize(1);
    }

    @Test
    void readsTheWorkbookAsBlsPublishesIt() throws IOException {
        WageImportReport report = load(sample().xlsx(), MAY_2024);

        assertThat(report.fileProblem()).isNull();
        assertThat(report.count(WageImportReport.Outcome.KEPT)).isEqualTo(2);
        assertThat(report.rows().get(0).line()).isEqualTo(2);
        assertThat(stored("36", "29-1141").annual().median()).isEqualByComparingTo("104000");
        assertThat(stored("36", "29-1141").annual().aboveTop(90)).isTrue();
        assertThat(report.skipped()).containsEntry(OewsImport.SKIPPED_INDUSTRY, 1L);
    }

    @Test
    void eachRegionHasTheAreasThatLieInItAndTheStateIsTheFallback() {
        assertThat(areas.in("Western New York")).containsExactly("15380");
        assertThat(areas.in("Mohawk Valley"))
                .as("Schoharie is in the Albany area")
                .containsExactly("10580", "46540");
        assertThat(areas.in("Long Island")).containsExactly("35004", "35620");
        assertThat(areas.statewide()).isEqualTo("36");
        assertThat(areas.covers("0000036", 2)).isTrue();
        assertThat(areas.covers("36", 4))
                .as("the state's code with another area type")
                .isFalse();
        assertThat(areas.covers("10180", 4)).as("Abilene, TX").isFalse();
    }

    @Test
    void aFileWithoutTheBlsColumnsIsRefusedWhole() throws IOException {
        byte[] file =
                "AREA,TITLE,OCC,MEDIAN\n36,New York,29-1141,50\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        WageImportReport report = load(file, MAY_2024);

        assertThat(report.fileProblem().key()).isEqualTo("admin.wages.error.columns");
        assertThat(report.fileProblem().args()).containsExactly("AREA_TITLE, OCC_CODE, OCC_TITLE");
        assertThat(wages.count()).isZero();
    }

    @Test
    void aFileWithNothingForTheCareersStoresNothing() throws IOException {
        OewsTestFiles other =
                OewsTestFiles.table().statewide("47-2061 Construction Laborers", SOME_HOURLY, SOME_ANNUAL);

        WageImportReport report = load(other.csv(), MAY_2024);

        assertThat(report.fileProblem().key()).isEqualTo("admin.wages.error.nothingKept");
        assertThat(wages.count()).isZero();
    }

    RegionalWages.Occupation stored(String area, String soc) {
        return wages.findAll().stream()
                .filter(w -> w.areaCode().equals(area) && w.socCode().equals(soc))
                .max(Comparator.comparing(OccupationWage::survey))
                .orElseThrow()
                .toOccupation();
    }
}
