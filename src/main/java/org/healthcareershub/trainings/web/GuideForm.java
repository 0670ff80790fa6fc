package org.healthcareershub.trainings.web;

import java.util.List;

/** The training guide's questions as typed; {@link GuideController} checks them. */
record GuideForm(
        String career,
        String education,
        List<String> license,
        String years,
        String near,
        String miles,
        String budget,
        List<String> schedule,
        String mode) {

    boolean isEmpty() {
        return blank(career)
                && blank(education)
                && (license == null || license.isEmpty())
                && blank(years)
                && blank(near)
                && blank(budget)
                && (schedule == null || schedule.isEmpty())
                && blank(mode);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
