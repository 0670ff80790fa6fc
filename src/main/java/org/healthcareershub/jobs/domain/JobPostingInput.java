package org.healthcareershub.jobs.domain;

import java.util.List;
import org.healthcareershub.web.PlainText;

/**
 * A posting exactly as typed (the employer's form, or the demo generator): every value is text, so that
 * {@link JobPostingRules} can say what is wrong with each and the form can show what was typed. Every
 * field is one line of {@link PlainText} but those marked {@link PlainText.MultiLine} (the textareas).
 */
public record JobPostingInput(
        String title,
        String career,
        String jobTitle,
        String workplace,
        String site,
        @PlainText.MultiLine String description,
        String employmentType,
        List<String> schedules,
        String payMin,
        String payMax,
        String payUnit,
        String education,
        String licenses,
        String experience,
        @PlainText.MultiLine String benefits,
        List<String> languages,
        String bilingualDifferential,
        String caseload,
        String fieldWork,
        boolean applyOnPortal,
        String applyUrl,
        String closingDate) {

    public JobPostingInput {
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** A blank form. */
    public static JobPostingInput empty() {
        return new JobPostingInput(
                null, null, null, "ON_SITE", null, null, null, null, null, null, "HOUR", null, null, "0", null, null,
                null, null, null, true, null, null);
    }

    /** The same input with another closing date (a published posting keeps its stored one when edited). */
    public JobPostingInput withClosingDate(String date) {
        return new JobPostingInput(
                title,
                career,
                jobTitle,
                workplace,
                site,
                description,
                employmentType,
                schedules,
                payMin,
                payMax,
                payUnit,
                education,
                licenses,
                experience,
                benefits,
                languages,
                bilingualDifferential,
                caseload,
                fieldWork,
                applyOnPortal,
                applyUrl,
                date);
    }
}
