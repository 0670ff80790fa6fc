package org.healthcareershub.accounts.web;

import java.util.List;
import java.util.Optional;
import org.healthcareershub.accounts.domain.SavedItem;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerNotFoundException;
import org.healthcareershub.employers.EmployerProfile;
import org.healthcareershub.jobs.JobBoard;
import org.healthcareershub.jobs.JobNotFoundException;
import org.healthcareershub.jobs.JobStatus;
import org.healthcareershub.jobs.JobView;
import org.healthcareershub.trainings.TrainingCatalog;
import org.healthcareershub.trainings.TrainingNotFoundException;
import org.healthcareershub.trainings.TrainingView;
import org.springframework.stereotype.Component;

/**
 * Saved items as pages show them, read from the trainings, employers and jobs modules. An item that is no
 * longer listed (archived program, employer no longer verified) has no title, and can still be removed; a
 * posting that closed or expired keeps its title and says what became of it.
 */
@Component
class SavedEntries {

    /**
     * One saved item: its kind, key, and where it links, or a null title when it is gone; {@code statusKey}
     * names a message saying what became of it (a closed or expired posting), or is null.
     */
    record Entry(String kind, String key, String title, String detail, String href, String statusKey) {

        Entry(String kind, String key, String title, String detail, String href) {
            this(kind, key, title, detail, href, null);
        }

        public boolean listed() {
            return title != null;
        }
    }

    private final TrainingCatalog trainings;
    private final EmployerDirectory employers;
    private final JobBoard jobs;

    SavedEntries(TrainingCatalog trainings, EmployerDirectory employers, JobBoard jobs) {
        this.trainings = trainings;
        this.employers = employers;
        this.jobs = jobs;
    }

    /** The listed item of that kind and key, if there is one. Not run in a transaction: a miss is normal. */
    Optional<Entry> find(SavedItem.Kind kind, String key) {
        try {
            return Optional.of(
                    switch (kind) {
                        case TRAINING -> {
                            TrainingView t = trainings.view(Long.parseLong(key));
                            yield new Entry(kind.code(), key, t.title(), t.provider(), "/trainings/" + key);
                        }
                        case EMPLOYER -> {
                            EmployerProfile e = employers.profile(key);
                            yield new Entry(kind.code(), key, e.name(), null, "/employers/" + key);
                        }
                        case JOB -> {
                            JobView j = jobs.view(Long.parseLong(key));
                            yield new Entry(
                                    kind.code(),
                                    key,
                                    j.title(),
                                    j.employerName() + ", " + j.city(),
                                    "/jobs/" + key,
                                    j.gone() ? "dashboard.savedJobs.gone." + goneAs(j) : null);
                        }
                    });
        } catch (TrainingNotFoundException
                | EmployerNotFoundException
                | JobNotFoundException
                | NumberFormatException gone) {
            return Optional.empty();
        }
    }

    /** What became of a posting that left the job board: filled, withdrawn, or past its closing date. */
    private static String goneAs(JobView job) {
        return job.status() == JobStatus.CLOSED && job.closeReason() != null
                ? job.closeReason().name()
                : "EXPIRED";
    }

    Entry entry(SavedItem item) {
        return find(item.getKind(), item.getItemKey())
                .orElseGet(() -> new Entry(item.getKind().code(), item.getItemKey(), null, null, null));
    }

    List<Entry> of(List<SavedItem> items, SavedItem.Kind kind) {
        return items.stream().filter(i -> i.getKind() == kind).map(this::entry).toList();
    }
}
