package org.healthcareershub.trainings;

import java.util.List;

/** What a CSV import did, row by row. */
public record ImportReport(List<Row> rows, String fileProblem) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED
    }

    /** A reason a row was rejected: a message key, the column it concerns and the value found. */
    public record Problem(String messageKey, String column, String value) {}

    public record Row(long line, String externalId, String title, Outcome outcome, List<Problem> problems) {}

    public static ImportReport fileProblem(String messageKey) {
        return new ImportReport(List.of(), messageKey);
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
