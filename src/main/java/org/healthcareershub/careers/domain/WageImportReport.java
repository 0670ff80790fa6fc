package org.healthcareershub.careers.domain;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthcareershub.web.FieldErrors;

/**
 * What an OEWS import did: each row kept or rejected, how many rows it passed over and why (other
 * occupations, other areas), and how many stored rows of the same survey year it replaced. With a
 * {@code fileProblem} nothing was stored.
 */
public record WageImportReport(
        YearMonth survey, List<Row> rows, Map<String, Long> skipped, int replaced, FieldErrors.Problem fileProblem) {

    public enum Outcome {
        KEPT,
        REJECTED
    }

    /** Why a row was rejected: a message key, the column it concerns and the value found. */
    public record Problem(String messageKey, String column, String value) {}

    public record Row(
            long line,
            String areaCode,
            String areaTitle,
            String socCode,
            String occupation,
            Outcome outcome,
            List<Problem> problems) {}

    public WageImportReport {
        rows = List.copyOf(rows);
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    static WageImportReport unreadable(YearMonth survey, String key, Object... args) {
        return new WageImportReport(survey, List.of(), Map.of(), 0, new FieldErrors.Problem(key, args));
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Rows passed over, all reasons together. */
    public long skippedRows() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
