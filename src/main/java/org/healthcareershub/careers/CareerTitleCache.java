package org.healthcareershub.careers;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The career titles of each language, kept between requests: every search page's career filter names them,
 * and reading them was a database query per request (docs/benchmarks.md). A JPA entity listener of
 * {@link org.healthcareershub.careers.domain.Career}: any write of a career forgets them, at once and again
 * when its transaction ends (so a reader between the two cannot keep what was read before the commit).
 */
@Component
public class CareerTitleCache {

    private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

    /** The titles of {@code language}, read with {@code read} when not kept; the map cannot be changed. */
    Map<String, String> titles(String language, Function<String, Map<String, String>> read) {
        Map<String, String> kept = byLanguage.get(language);
        if (kept == null) {
            kept = Collections.unmodifiableMap(read.apply(language));
            byLanguage.put(language, kept);
        }
        return kept;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object career) {
        byLanguage.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    byLanguage.clear();
                }
            });
        }
    }
}
