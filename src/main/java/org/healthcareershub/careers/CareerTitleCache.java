package org.healthcareershub.careers;

import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The career titles of each language, kept between requests: every search page's career filter names them,
 * and reading them was a database query per request (docs/benchmarks.md). {@link CareerTitleListener} forgets
 * them when a career is written. A generation count, moved on by every forgetting, keeps a reader that read
 * before a write from putting what it read back afterwards.
 */
@Component
public class CareerTitleCache {

    private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();
    private long generation;

    /** The titles of {@code language}, read with {@code read} when not kept; the map cannot be changed. */
    Map<String, String> titles(String language, Function<String, Map<String, String>> read) {
        Map<String, String> kept = byLanguage.get(language);
        if (kept != null) {
            return kept;
        }
        long before = generation();
        Map<String, String> fresh = Collections.unmodifiableMap(read.apply(language));
        keep(language, fresh, before);
        return fresh;
    }

    /** Forgets every language's titles. */
    public synchronized void forget() {
        generation++;
        byLanguage.clear();
    }

    private synchronized long generation() {
        return generation;
    }

    private synchronized void keep(String language, Map<String, String> titles, long readAt) {
        if (generation == readAt) {
            byLanguage.put(language, titles);
        }
    }
}
