package org.healthcareershub.jobs.domain;

import org.healthcareershub.jobs.JobEditor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires postings past their closing date and sends the week-ahead reminders, every few minutes. */
@Component
class JobSchedule {

    private final JobEditor editor;

    JobSchedule(JobEditor editor) {
        this.editor = editor;
    }

    @Scheduled(
            initialDelayString = "${hub.jobs.schedule-delay:PT1M}",
            fixedDelayString = "${hub.jobs.schedule-delay:PT5M}")
    void run() {
        editor.expireDue();
        editor.remindDue();
    }
}
