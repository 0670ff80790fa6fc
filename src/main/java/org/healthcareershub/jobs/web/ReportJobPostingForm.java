package org.healthcareershub.jobs.web;

import org.healthcareershub.jobs.domain.ModerationRules;
import org.healthcareershub.web.PlainText;

/** The "report this posting" form: one of the fixed reasons and an optional note. */
record ReportJobPostingForm(
        String reason, @PlainText.MultiLine String note) {

    ModerationRules.ReportInput input() {
        return new ModerationRules.ReportInput(reason, note);
    }
}
