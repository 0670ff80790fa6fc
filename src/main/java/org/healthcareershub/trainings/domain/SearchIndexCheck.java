package org.healthcareershub.trainings.domain;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the training index on start when it does not match the database: rows written by SQL or a
 * restore, or an index directory that was removed, are not indexed until the mass indexer runs.
 */
@Component
@Order(30)
class SearchIndexCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

    private final EntityManager entityManager;
    private final Trainings trainings;

    SearchIndexCheck(EntityManager entityManager, Trainings trainings) {
        this.entityManager = entityManager;
        this.trainings = trainings;
    }

    @Override
    @Transactional(readOnly = true)
    public void run(ApplicationArguments args) throws InterruptedException {
        SearchSession session = Search.session(entityManager);
        long indexed = session.search(Training.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long stored = trainings.count();
        if (indexed != stored) {
            log.info("Training index has {} documents for {} rows: rebuilding", indexed, stored);
            session.massIndexer(Training.class).threadsToLoadObjects(2).startAndWait();
        }
    }
}
