package org.healthcareershub.trainings;

import java.util.List;
import org.healthcareershub.web.FieldErrors;

/** What a CSV import did, row by row. */
public record ImportReport(List<Row> rows, String fileProblem) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED
    }

    /**
     * A reason a row was rejected: the column it concerns, the problem (the same message key and arguments
     * the staff form shows for that field) and the value found, shortened.
     */
    public record Problem(String column, FieldErrors.Problem problem, String value) {

        public String key() {
            return problem.key();
        }

        public Object[] args() {
            return problem.args();
        }
    }

    public record Row(long line, String externalId, String title, Outcome outcome, List<Problem> problems) {}

    public static ImportReport fileProblem(String messageKey) {
        return new ImportReport(List.of(), messageKey);
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
