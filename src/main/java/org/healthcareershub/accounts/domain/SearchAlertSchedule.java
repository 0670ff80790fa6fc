package org.healthcareershub.accounts.domain;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the saved-search alerts that are due, every quarter of an hour. */
@Component
class SearchAlertSchedule {

    private final SavedSearches alerts;

    SearchAlertSchedule(SavedSearches alerts) {
        this.alerts = alerts;
    }

    @Scheduled(
            initialDelayString = "${hub.alerts.schedule-delay:PT2M}",
            fixedDelayString = "${hub.alerts.schedule-delay:PT15M}")
    void run() {
        alerts.runDue();
    }
}
