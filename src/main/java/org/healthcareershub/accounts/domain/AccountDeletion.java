package org.healthcareershub.accounts.domain;

import org.healthcareershub.accounts.Role;
import org.healthcareershub.employers.ContactEmployer;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.notifications.Mailer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an account at its owner's request: the account and everything hanging off it (links, profile,
 * saved items) go, and so do the outbox's copies of mail to the address and, when the address was
 * confirmed, the stored copies of contact requests sent from it. Only an anonymous row (role and dates)
 * stays, so the counts for funders still add up. Staff accounts are not deleted this way, so the portal
 * cannot lose its last administrator.
 */
@Service
public class AccountDeletion {

    private final Accounts accounts;
    private final DeletedAccounts deleted;
    private final Mailer mailer;
    private final ContactEmployer contacts;
    private final EmployerRegistration organizations;

    AccountDeletion(
            Accounts accounts,
            DeletedAccounts deleted,
            Mailer mailer,
            ContactEmployer contacts,
            EmployerRegistration organizations) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.deleted = deleted;
        this.mailer = mailer;
        this.contacts = contacts;
    }

    public static boolean allowedFor(Role role) {
        return role != Role.ADMIN;
    }

    @Transactional
    public void delete(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (!allowedFor(account.getRole())) {
            throw new IllegalStateException("Staff accounts are removed by other staff");
        }
        String email = account.getEmail();
        deleted.save(new DeletedAccount(account));
        accounts.delete(account);
        accounts.flush();
        // an unconfirmed address may belong to someone else, whose requests are not this account's to remove
        if (account.isVerified()) {
            contacts.forgetSender(email);
        }
        mailer.forget(email);
        if (account.getEmployerId() != null) {
            // the organization stops using this person's address for its contact requests
            String colleague = accounts.findByEmployerId(account.getEmployerId()).stream()
                    .filter(Account::isVerified)
                    .map(Account::getEmail)
                    .findFirst()
                    .orElse(null);
            organizations.replaceContactEmail(account.getEmployerId(), email, colleague);
        }
    }
}
