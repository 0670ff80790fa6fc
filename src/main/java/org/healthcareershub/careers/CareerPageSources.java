package org.healthcareershub.careers;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A JPA entity listener for the entities of other modules that career pages show (job postings for the
 * count of open postings, trainings and their providers for the featured trainings): whenever one is
 * written, whatever wrote it (publishing, closing, expiring, a take-down, featuring, an edit, an import), it
 * publishes {@link CareerPagesChanged#everyCareer()}. Hibernate takes it from Spring, as it takes every
 * entity listener. Name it with {@code @EntityListeners(CareerPageSources.class)}.
 */
@Component
public class CareerPageSources {

    private final ApplicationEventPublisher events;

    CareerPageSources(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Once per transaction, however many entities it writes (an import, a batch of renewals). */
    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            if (TransactionSynchronizationManager.hasResource(this)) {
                return;
            }
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CareerPageSources.this);
                }
            });
        }
        events.publishEvent(CareerPagesChanged.everyCareer());
    }
}
