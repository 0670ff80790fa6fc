package org.healthcareershub.jobs.domain;

import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.PlainText;

/**
 * The checks on what a seeker writes when they express interest: a short note in plain text (optional), at
 * most {@value #MAX_NOTE} characters once its line breaks are normalized.
 */
public final class InterestRules {

    public static final int MAX_NOTE = 1000;

    private InterestRules() {}

    /** The note as stored (null when empty), or the problem with it in {@code errors}. */
    public static String note(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var problem = PlainText.problem(text, PlainText.Kind.MULTI_LINE);
        if (problem.isPresent()) {
            errors.add("note", problem.get());
            return null;
        }
        String note = PlainText.normalized(text, PlainText.Kind.MULTI_LINE).strip();
        if (note.length() > MAX_NOTE) {
            errors.add("note", "interest.error.note.tooLong", MAX_NOTE);
            return null;
        }
        return note;
    }
}
