package org.healthcareershub.trainings.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.healthcareershub.trainings.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo catalog (real certifications plus programs labelled as sample data) on the first start
 * when {@code hub.demo-data} is on. Later starts find programs already there and load nothing.
 */
@Component
@Order(20)
class DemoTrainingLoader implements ApplicationRunner {

    static final String DEMO_CATALOG = "content/trainings/demo-trainings.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoTrainingLoader.class);

    private final Trainings trainings;
    private final TrainingCsvImport importer;
    private final boolean enabled;

    DemoTrainingLoader(
            Trainings trainings, TrainingCsvImport importer, @Value("${hub.demo-data:true}") boolean enabled) {
        this.trainings = trainings;
        this.importer = importer;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || trainings.count() > 0) {
            return;
        }
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(DEMO_CATALOG).getInputStream(), StandardCharsets.UTF_8)) {
            ImportReport report = importer.importCsv(reader);
            log.info(
                    "Demo trainings: {} created, {} rejected",
                    report.count(ImportReport.Outcome.CREATED),
                    report.count(ImportReport.Outcome.REJECTED));
            report.rows().stream()
                    .filter(r -> r.outcome() == ImportReport.Outcome.REJECTED)
                    .forEach(r -> log.warn(
                            "Demo training line {} rejected: {}",
                            r.line(),
                            r.problems().stream()
                                    .map(p -> p.column() + " " + p.key())
                                    .toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
