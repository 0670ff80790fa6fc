package org.healthcareershub.jobs.domain;

import org.healthcareershub.jobs.ReportReason;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;

/**
 * What a report about a posting and a staff takedown must hold: a report names one of the fixed reasons and
 * may add a note; staff who take a posting down say why, since the organization is told. Text is plain
 * ({@link PlainText}), notes and reasons at most {@value #MAX_TEXT} characters.
 */
public final class ModerationRules {

    public static final int MAX_TEXT = 1000;

    private ModerationRules() {}

    /** A report as the form sends it. */
    public record ReportInput(
            String reason, @PlainText.MultiLine String note) {}

    /** A checked report: its reason and note (null when none), or the problems with what was typed. */
    public record CheckedReport(ReportReason reason, String note, FieldErrors errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static CheckedReport report(ReportInput input) {
        FieldErrors errors = PlainText.check(input);
        ReportReason reason = JobPostingRules.choice(input.reason(), ReportReason.class);
        if (reason == null && !errors.has("reason")) {
            errors.add("reason", "jobs.report.error.reason");
        }
        String note = text(input.note());
        if (note != null && note.length() > MAX_TEXT && !errors.has("note")) {
            errors.add("note", "form.error.tooLong", MAX_TEXT);
        }
        return new CheckedReport(reason, note, errors);
    }

    /** The problems with a reason staff give for taking a posting down (required). */
    public static FieldErrors takedown(String reason) {
        FieldErrors errors = new FieldErrors();
        PlainText.problem(reason, PlainText.Kind.MULTI_LINE).ifPresent(key -> errors.add("reason", key));
        String text = text(reason);
        if (errors.isEmpty() && text == null) {
            errors.add("reason", "admin.reports.error.reason");
        } else if (errors.isEmpty() && text.length() > MAX_TEXT) {
            errors.add("reason", "form.error.tooLong", MAX_TEXT);
        }
        return errors;
    }

    /** Multi-line text as stored: line breaks as LF, stripped, null when blank. */
    public static String text(String value) {
        String normalized = PlainText.normalized(value, PlainText.Kind.MULTI_LINE);
        return normalized == null || normalized.isBlank() ? null : normalized.strip();
    }
}
