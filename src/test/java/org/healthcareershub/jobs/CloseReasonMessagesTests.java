package org.healthcareershub.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every reason a posting can be closed for is told in both languages wherever a closed posting shows. */
class CloseReasonMessagesTests {

    @ParameterizedTest
    @EnumSource(CloseReason.class)
    void everyReasonHasItsWordsOnEveryPageThatShowsIt(CloseReason reason) {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.forLanguageTag("es")}) {
            ResourceBundle messages = ResourceBundle.getBundle("messages", locale);
            for (String prefix :
                    new String[] {"jobs.gone.CLOSED.", "jobs.employer.status.CLOSED.", "dashboard.savedJobs.gone."}) {
                assertThat(messages.containsKey(prefix + reason.name()))
                        .as("%s%s in %s", prefix, reason, locale)
                        .isTrue();
            }
        }
    }
}
