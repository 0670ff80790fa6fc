package org.healthcareershub.accounts.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import org.healthcareershub.accounts.AuditLog;
import org.healthcareershub.accounts.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff find accounts and suspend or reinstate them. A suspended account cannot sign in, and its open
 * sessions end on their next request. Staff never suspend themselves, and the last active admin stays, so
 * the portal always has someone who can undo a suspension. Every change is audited.
 */
@Service
public class AccountSuspension {

    public enum Outcome {
        SUSPENDED,
        REINSTATED,
        UNCHANGED,
        REFUSED_SELF,
        REFUSED_LAST_ADMIN
    }

    private final Accounts accounts;
    private final AuditLog audit;

    AccountSuspension(Accounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Accounts whose email or name contains the text, of the given roles (all when empty), newest first. */
    @Transactional(readOnly = true)
    public Page<Account> search(String text, Set<Role> roles, int page, int size) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return accounts.search(
                pattern, roles.isEmpty() ? EnumSet.allOf(Role.class) : roles, PageRequest.of(Math.max(page, 0), size));
    }

    /** Suspends the account, unless it is the actor's own (actorId may be null) or the last active admin. */
    @Transactional
    public Outcome suspend(Long actorId, long accountId) {
        Account account = load(accountId);
        Outcome refusal =
                refusal(account, actorId, () -> accounts.countByRoleAndStatus(Role.ADMIN, Account.Status.ACTIVE));
        if (refusal != null) {
            return refusal;
        }
        account.suspend();
        audit.record(
                "account.suspended", "account:" + accountId, account.getRole().name());
        return Outcome.SUSPENDED;
    }

    /** Why the account may not be suspended, or null if it may; activeAdmins is only asked about admins. */
    static Outcome refusal(Account account, Long actorId, LongSupplier activeAdmins) {
        if (account.getId().equals(actorId)) {
            return Outcome.REFUSED_SELF;
        }
        if (account.getStatus() == Account.Status.SUSPENDED) {
            return Outcome.UNCHANGED;
        }
        if (account.getRole() == Role.ADMIN && activeAdmins.getAsLong() <= 1) {
            return Outcome.REFUSED_LAST_ADMIN;
        }
        return null;
    }

    @Transactional
    public Outcome reinstate(long accountId) {
        Account account = load(accountId);
        if (account.getStatus() == Account.Status.ACTIVE) {
            return Outcome.UNCHANGED;
        }
        account.reinstate();
        audit.record(
                "account.reinstated", "account:" + accountId, account.getRole().name());
        return Outcome.REINSTATED;
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
    }
}
