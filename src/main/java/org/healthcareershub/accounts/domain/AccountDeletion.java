package org.healthcareershub.accounts.domain;

import org.healthcareershub.accounts.Role;
import org.healthcareershub.identity.AccountDeleted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an account at its owner's request: the account and everything hanging off it (links, profile,
 * saved items) go, and {@link AccountDeleted} tells the modules that keep copies of the person's data (the
 * outbox's mail, contact requests, an organization's contact address) to remove them in the same
 * transaction. Only an anonymous row (role and dates) stays, so the counts for funders still add up. Staff
 * accounts are not deleted this way, so the portal cannot lose its last administrator.
 */
@Service
public class AccountDeletion {

    private final Accounts accounts;
    private final DeletedAccounts deleted;
    private final ApplicationEventPublisher events;

    AccountDeletion(Accounts accounts, DeletedAccounts deleted, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.deleted = deleted;
        this.events = events;
    }

    public static boolean allowedFor(Role role) {
        return role != Role.ADMIN;
    }

    /**
     * Deletes the account and publishes {@link AccountDeleted}; if any listener fails, nothing is deleted.
     */
    @Transactional
    public void delete(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (!allowedFor(account.getRole())) {
            throw new IllegalStateException("Staff accounts are removed by other staff");
        }
        deleted.save(new DeletedAccount(account));
        accounts.delete(account);
        accounts.flush();
        events.publishEvent(new AccountDeleted(
                account.getId(),
                account.getEmail(),
                account.isVerified(),
                account.getEmployerId(),
                colleagueOf(account)));
    }

    private String colleagueOf(Account account) {
        if (account.getEmployerId() == null) {
            return null;
        }
        return accounts.findByEmployerId(account.getEmployerId()).stream()
                .filter(Account::isVerified)
                .map(Account::getEmail)
                .findFirst()
                .orElse(null);
    }
}
