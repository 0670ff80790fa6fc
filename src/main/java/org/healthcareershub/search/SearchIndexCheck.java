package org.healthcareershub.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the search indexes on start when they may not match their tables, and shows both counts in the
 * health details ({@code searchIndex}). Runs after the modules' data loaders.
 *
 * <p>An index is rebuilt when its document count differs from its row count (rows written by SQL or a
 * restore, or a removed index directory), and every index is rebuilt after an unclean stop: the database
 * commits before the index is written, so a process killed between the two (kill -9, power loss) leaves
 * rows whose documents are missing or out of date while the counts may still agree. A marker file in the
 * index directory, written as the application starts and removed on a clean stop, tells the two apart.
 */
@Component("searchIndex")
@Order(30)
class SearchIndexCheck extends AbstractHealthIndicator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final Path marker;
    private final boolean unclean;

    SearchIndexCheck(
            EntityManager entityManager,
            PlatformTransactionManager transactions,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String root,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String type) {
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // an index kept in memory starts empty every time: nothing can survive an unclean stop
        this.marker = "local-filesystem".equals(type) && !root.isBlank() ? Path.of(root, "running") : null;
        // read and written before the web server takes requests, and before any rebuild that a kill could
        // interrupt in turn
        this.unclean = marker != null && Files.exists(marker);
        if (marker != null) {
            try {
                Files.createDirectories(marker.getParent());
                Files.writeString(marker, "The application is running, or stopped without closing its index.\n");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the search index marker", e);
            }
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        readOnly.executeWithoutResult(status -> {
            SearchSession session = Search.session(entityManager);
            counts().forEach((entity, count) -> {
                if (unclean || count.indexed() != count.stored()) {
                    log.info(
                            "{} index has {} documents for {} rows{}: rebuilding",
                            entity.jpaName(),
                            count.indexed(),
                            count.stored(),
                            unclean ? " after an unclean stop" : "");
                    long started = System.nanoTime();
                    try {
                        // one segment afterwards: every query pays per segment (a tenth less CPU per job search
                        // over 100,000 postings in docs/benchmarks.md); later changes add segments as usual
                        session.massIndexer(entity.javaClass())
                                .threadsToLoadObjects(2)
                                .mergeSegmentsOnFinish(true)
                                .monitor(new Progress(entity.jpaName()))
                                .startAndWait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while rebuilding the search index", e);
                    }
                    log.info("{} index rebuilt in {} ms", entity.jpaName(), (System.nanoTime() - started) / 1_000_000);
                }
            });
        });
    }

    /** A clean stop: the next start need not rebuild (each index change was committed with its request). */
    @PreDestroy
    void stoppedCleanly() throws IOException {
        if (marker != null) {
            Files.deleteIfExists(marker);
        }
    }

    /**
     * Counts per index; with the database away the counts fail and this says DOWN like the database check
     * (AbstractHealthIndicator turns the exception into DOWN, where a 500 would hide the outage).
     */
    @Override
    protected void doHealthCheck(Health.Builder health) {
        // anyone may ask /actuator/health for its status: count at most every 30 s, not on every call
        CountedAt last = lastCounts;
        long now = System.nanoTime();
        if (last == null || now - last.nanos() > COUNTS_MAX_AGE.toNanos()) {
            Map<String, Object> details = new LinkedHashMap<>();
            readOnly.executeWithoutResult(status -> counts().forEach((entity, count) ->
                    details.put(entity.jpaName(), Map.of("indexed", count.indexed(), "stored", count.stored()))));
            last = new CountedAt(Map.copyOf(details), now);
            lastCounts = last;
        }
        // counts taken one after the other may differ for a moment under writes: details, not a status
        health.up().withDetails(last.details());
    }

    private static final java.time.Duration COUNTS_MAX_AGE = java.time.Duration.ofSeconds(30);

    private volatile CountedAt lastCounts;

    private record CountedAt(Map<String, Object> details, long nanos) {}

    private Map<SearchIndexedEntity<?>, Count> counts() {
        SearchSession session = Search.session(entityManager);
        Map<SearchIndexedEntity<?>, Count> counts = new LinkedHashMap<>();
        for (SearchIndexedEntity<?> entity :
                Search.mapping(entityManager.getEntityManagerFactory()).allIndexedEntities()) {
            long indexed =
                    session.search(entity.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
            long stored = entityManager
                    .createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                    .getSingleResult();
            counts.put(entity, new Count(indexed, stored));
        }
        return counts;
    }

    private record Count(long indexed, long stored) {}

    /**
     * A rebuild's progress in the log, every tenth of the documents (Hibernate Search's own monitor writes a
     * line every 50 documents: 2,000 lines for 100,000 postings).
     */
    static final class Progress implements MassIndexingMonitor {

        private final String entity;
        private final AtomicLong total = new AtomicLong();
        private final AtomicLong added = new AtomicLong();
        private final AtomicInteger tenthsLogged = new AtomicInteger();

        Progress(String entity) {
            this.entity = entity;
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void documentsAdded(long increment) {
            long done = added.addAndGet(increment);
            long of = total.get();
            if (of <= 0) {
                return;
            }
            int tenths = (int) Math.min(10, done * 10 / of);
            int logged = tenthsLogged.get();
            if (tenths > logged && tenths < 10 && tenthsLogged.compareAndSet(logged, tenths)) {
                log.info("{} index: {} of {} documents", entity, done, of);
            }
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void indexingCompleted() {}
    }
}
