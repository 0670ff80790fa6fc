package org.healthcareershub.careers;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The JPA entity listener of {@link org.healthcareershub.careers.domain.Career} that makes {@link
 * CareerTitleCache} forget the titles when a career is written: at once and again when the transaction ends, so
 * a reader between the two cannot keep what it read before the commit. Hibernate has Spring create a new
 * listener object (JPA's rules), so it holds no state of its own and reaches the one cache through its
 * constructor.
 */
public class CareerTitleListener {

    private final CareerTitleCache cache;

    public CareerTitleListener(CareerTitleCache cache) {
        this.cache = cache;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object career) {
        cache.forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.forget();
                }
            });
        }
    }
}
