package org.healthcareershub.accounts.web;

import java.util.List;
import java.util.Optional;
import org.healthcareershub.accounts.domain.SavedItem;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerNotFoundException;
import org.healthcareershub.employers.EmployerProfile;
import org.healthcareershub.trainings.TrainingCatalog;
import org.healthcareershub.trainings.TrainingNotFoundException;
import org.healthcareershub.trainings.TrainingView;
import org.springframework.stereotype.Component;

/**
 * Saved items as pages show them, read from the trainings and employers modules. An item that is no
 * longer listed (archived program, employer no longer verified) has no title, and can still be removed.
 */
@Component
class SavedEntries {

    /** One saved item: its kind, key, and where it links, or a null title when it is gone. */
    record Entry(String kind, String key, String title, String detail, String href) {

        public boolean listed() {
            return title != null;
        }
    }

    private final TrainingCatalog trainings;
    private final EmployerDirectory employers;

    SavedEntries(TrainingCatalog trainings, EmployerDirectory employers) {
        this.trainings = trainings;
        this.employers = employers;
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
                    });
        } catch (TrainingNotFoundException | EmployerNotFoundException | NumberFormatException gone) {
            return Optional.empty();
        }
    }

    Entry entry(SavedItem item) {
        return find(item.getKind(), item.getItemKey())
                .orElseGet(() -> new Entry(item.getKind().code(), item.getItemKey(), null, null, null));
    }

    List<Entry> of(List<SavedItem> items, SavedItem.Kind kind) {
        return items.stream().filter(i -> i.getKind() == kind).map(this::entry).toList();
    }
}
