package org.healthcareershub.trainings.domain;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.trainings.ImportReport;
import org.healthcareershub.trainings.ImportReport.Outcome;
import org.healthcareershub.trainings.ImportReport.Problem;
import org.healthcareershub.web.FieldErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports programs from CSV ({@link TrainingCsv}, the template at /admin/trainings/import/template.csv).
 * Each row is checked by {@link TrainingRules}, as the staff form is, and saved in its own transaction, so
 * a bad row never stops or half-applies the others; rows are matched on external_id, so importing the
 * same file again changes nothing.
 */
@Component
public class TrainingCsvImport {

    /** The header row ({@link TrainingCsv#COLUMNS}), kept here where callers and tests have read it. */
    public static final List<String> COLUMNS = TrainingCsv.COLUMNS;

    static final int MAX_ROWS = 20_000;
    static final String DUPLICATE = "trainings.import.duplicate";
    private static final Logger log = LoggerFactory.getLogger(TrainingCsvImport.class);

    private final Trainings trainings;
    private final Providers providers;
    private final Geography geography;
    private final CareerCatalog careers;
    private final TransactionTemplate rowTransaction;
    private final Clock clock;

    TrainingCsvImport(
            Trainings trainings,
            Providers providers,
            Geography geography,
            CareerCatalog careers,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clock = clock;
        this.trainings = trainings;
        this.providers = providers;
        this.geography = geography;
        this.careers = careers;
        this.rowTransaction = new TransactionTemplate(transactions);
        this.rowTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public ImportReport importCsv(Reader reader) {
        List<ImportReport.Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        TrainingRules rules = TrainingRules.of(geography, careers);
        try (CSVParser parser = TrainingCsv.parser(reader)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            if (!header.containsAll(COLUMNS)) {
                return ImportReport.fileProblem("trainings.import.badHeader");
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    return new ImportReport(rows, "trainings.import.tooManyRows");
                }
                rows.add(importRow(record, rules, seen));
            }
        } catch (IOException | RuntimeException e) {
            return new ImportReport(rows, "trainings.import.unreadable");
        }
        return new ImportReport(rows, null);
    }

    private ImportReport.Row importRow(CSVRecord record, TrainingRules rules, Set<String> seen) {
        long line = record.getRecordNumber() + 1;
        TrainingInput input = TrainingCsv.read(record);
        String externalId = input.externalId();
        // Rows are matched on their key, so unlike the form a row must have one.
        FieldErrors errors = new FieldErrors();
        if (externalId == null) {
            errors.add("externalId", TrainingRules.REQUIRED);
        }
        TrainingRules.Result checked = rules.check(input);
        errors.addAll(checked.errors());
        if (externalId != null && !seen.add(externalId)) {
            errors.add("externalId", DUPLICATE, externalId);
        }
        if (!errors.isEmpty()) {
            return new ImportReport.Row(line, externalId, input.title(), Outcome.REJECTED, problems(errors, record));
        }
        try {
            Outcome outcome = rowTransaction.execute(status -> save(checked.entry()));
            return new ImportReport.Row(line, externalId, input.title(), outcome, List.of());
        } catch (RuntimeException e) {
            log.warn("Training import line {} could not be saved", line, e);
            return new ImportReport.Row(
                    line,
                    externalId,
                    input.title(),
                    Outcome.REJECTED,
                    List.of(new Problem("", new FieldErrors.Problem("trainings.import.saveFailed", null), "")));
        }
    }

    private static List<Problem> problems(FieldErrors errors, CSVRecord record) {
        return errors.asMap().entrySet().stream()
                .map(e -> {
                    String column = TrainingCsv.column(e.getKey());
                    return new Problem(column, e.getValue(), abbreviate(TrainingCsv.cell(record, column)));
                })
                .toList();
    }

    private Outcome save(TrainingRules.Entry entry) {
        Provider provider = providers
                .findByNameIgnoreCase(entry.provider())
                .orElseGet(() -> providers.save(new Provider(entry.provider(), entry.providerUrl())));
        provider.updateUrl(entry.providerUrl());
        provider.updateSpanishName(entry.providerEs());
        Optional<Training> existing = trainings.findByExternalId(entry.externalId());
        if (existing.isEmpty()) {
            Training training = new Training(entry.externalId(), provider);
            training.describe(entry.details(), provider);
            training.notePublished(clock.instant());
            training.translateTitle(entry.titleEs());
            trainings.save(training);
            return Outcome.CREATED;
        }
        boolean described = existing.get().describe(entry.details(), provider);
        existing.get().notePublished(clock.instant());
        boolean translated = existing.get().translateTitle(entry.titleEs());
        return described || translated ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    private static String abbreviate(String value) {
        return value == null ? "" : value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }
}
