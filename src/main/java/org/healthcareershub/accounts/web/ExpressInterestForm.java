package org.healthcareershub.accounts.web;

import java.util.List;
import org.healthcareershub.web.PlainText;

/**
 * The express-interest form as typed: the note, and the profile details ticked to share ({@code zip},
 * {@code education}, {@code licenses}, {@code years}, {@code careers}).
 */
record ExpressInterestForm(@PlainText.MultiLine String note, List<String> share) {

    ExpressInterestForm {
        share = share == null ? List.of() : List.copyOf(share);
    }

    static ExpressInterestForm empty() {
        return new ExpressInterestForm("", List.of());
    }
}
