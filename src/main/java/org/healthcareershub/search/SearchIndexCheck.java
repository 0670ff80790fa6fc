package org.healthcareershub.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds a search index on start when it does not match its table: rows written by SQL or a restore,
 * or an index directory that was removed, are not indexed until the mass indexer runs. Runs after the
 * modules' data loaders.
 */
@Component
@Order(30)
class SearchIndexCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

    private final EntityManager entityManager;

    SearchIndexCheck(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public void run(ApplicationArguments args) throws InterruptedException {
        SearchSession session = Search.session(entityManager);
        for (SearchIndexedEntity<?> entity :
                Search.mapping(entityManager.getEntityManagerFactory()).allIndexedEntities()) {
            long indexed =
                    session.search(entity.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
            long stored = entityManager
                    .createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                    .getSingleResult();
            if (indexed != stored) {
                log.info("{} index has {} documents for {} rows: rebuilding", entity.jpaName(), indexed, stored);
                session.massIndexer(entity.javaClass()).threadsToLoadObjects(2).startAndWait();
            }
        }
    }
}
