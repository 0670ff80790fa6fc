package org.healthcareershub.trainings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

class TrainingCsvTests {

    @Test
    void theColumnsAreTheTemplatesInItsOrder() {
        assertThat(TrainingCsv.COLUMNS)
                .containsExactly(
                        "external_id",
                        "title",
                        "provider",
                        "provider_url",
                        "description",
                        "credential_type",
                        "delivery_mode",
                        "street",
                        "city",
                        "state",
                        "zip",
                        "length_hours",
                        "length_weeks",
                        "cost",
                        "schedules",
                        "start_dates",
                        "prerequisites",
                        "funding",
                        "careers",
                        "job_titles",
                        "url",
                        "featured",
                        "status",
                        "sample",
                        "title_es",
                        "provider_es");
    }

    @Test
    void aValueWithACommaAQuoteAndALineBreakComesBackAsWritten() throws IOException {
        Map<String, Object> fields = TrainingRulesTests.good();
        fields.put("description", "Evenings, weekends and \"hybrid\" weeks.\nSecond paragraph, too.");
        fields.put("schedules", List.of("EVENINGS", "WEEKENDS"));
        fields.put("jobTitles", "Care Coordinator, Senior");
        TrainingInput written = TrainingRulesTests.input(fields);

        StringBuilder csv = new StringBuilder();
        TrainingCsv.write(csv, List.of(written));
        try (CSVParser parser = TrainingCsv.parser(new StringReader(csv.toString()))) {
            assertThat(parser.getHeaderNames()).isEqualTo(TrainingCsv.COLUMNS);
            assertThat(parser.getRecords())
                    .singleElement()
                    .satisfies(row -> assertThat(TrainingCsv.read(row)).isEqualTo(written));
        }
    }

    @Test
    void aBlankCellIsNoValue() throws IOException {
        try (CSVParser parser = TrainingCsv.parser(new StringReader("title,zip\n  ,12207\n"))) {
            TrainingInput read = TrainingCsv.read(parser.getRecords().get(0));
            assertThat(read.title()).isNull();
            assertThat(read.zip()).isEqualTo("12207");
            assertThat(read.careers()).isEmpty();
        }
    }
}
