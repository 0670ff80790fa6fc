package org.healthcareershub.talent.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each organization's messages of a day ({@code talent_outreach_day}), taken one at a time by a conditional
 * update, so that the daily allowance holds when colleagues send at the same moment: the database row lock
 * makes the second update wait for the first and then see its count. A {@code @Repository}, so that the
 * database's refusals reach callers as Spring's exceptions (a duplicate row, a lock not granted in time).
 */
@Repository
public class DailyAllowances {

    private final EntityManager entities;
    private final TransactionTemplate ownTransaction;

    DailyAllowances(EntityManager entities, PlatformTransactionManager transactionManager) {
        this.entities = entities;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Makes sure the organization's row for {@code day} exists, counting the messages it has already sent since
     * {@code since} (the day's start). Call outside the sending transaction: it commits on its own, and a row
     * made meanwhile by a colleague's send is fine.
     */
    public void open(long organizationId, LocalDate day, Instant since) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                Number found = (Number) entities.createNativeQuery(
                                "select count(*) from talent_outreach_day where employer_id = ?1 and on_day = ?2")
                        .setParameter(1, organizationId)
                        .setParameter(2, day)
                        .getSingleResult();
                if (found.longValue() == 0) {
                    entities.createNativeQuery("insert into talent_outreach_day (employer_id, on_day, sent) "
                                    + "select ?1, ?2, count(*) from talent_message "
                                    + "where employer_id = ?1 and sent_at >= ?3")
                            .setParameter(1, organizationId)
                            .setParameter(2, day)
                            .setParameter(3, since)
                            .executeUpdate();
                }
            });
        } catch (PersistenceException | DataIntegrityViolationException refused) {
            if (!duplicate(refused)) {
                throw refused;
            }
            // a colleague's send made the row first: it is there, which is all this wants
        }
    }

    /** Whether the database refused a row because one with its key exists (SQL state class 23). */
    private static boolean duplicate(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes one of the day's {@code allowance} messages in the caller's transaction (its rollback gives it
     * back); false when they are all taken. {@link #open} must have been called for the day.
     */
    public boolean take(long organizationId, LocalDate day, int allowance) {
        return entities.createNativeQuery("update talent_outreach_day set sent = sent + 1 "
                                + "where employer_id = ?1 and on_day = ?2 and sent < ?3")
                        .setParameter(1, organizationId)
                        .setParameter(2, day)
                        .setParameter(3, allowance)
                        .executeUpdate()
                == 1;
    }

    /** How many messages the organization has taken on {@code day}, if its row for the day exists. */
    public java.util.OptionalInt sent(long organizationId, LocalDate day) {
        List<?> rows = entities.createNativeQuery(
                        "select sent from talent_outreach_day where employer_id = ?1 and on_day = ?2")
                .setParameter(1, organizationId)
                .setParameter(2, day)
                .getResultList();
        return rows.isEmpty()
                ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(((Number) rows.get(0)).intValue());
    }
}
