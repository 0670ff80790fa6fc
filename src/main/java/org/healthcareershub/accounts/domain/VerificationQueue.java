package org.healthcareershub.accounts.domain;

import java.util.List;
import org.healthcareershub.accounts.AuditLog;
import org.healthcareershub.employers.EmployerNotFoundException;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.employers.Organization;
import org.healthcareershub.employers.OrganizationResubmitted;
import org.healthcareershub.employers.VerificationState;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff work through the organizations that signed up: verify (listed), reject with a reason, or suspend.
 * Each decision is recorded in the audit log in the same transaction, and the organization's accounts are
 * told by email of a verification or a rejection.
 */
@Service
public class VerificationQueue {

    public static final int MAX_REASON = 1000;

    /** One organization with the addresses of the accounts that belong to it. */
    public record Entry(Organization organization, List<String> accountEmails) {}

    private final EmployerRegistration employers;
    private final Accounts accounts;
    private final AuditLog audit;
    private final AccountMail mail;

    VerificationQueue(EmployerRegistration employers, Accounts accounts, AuditLog audit, AccountMail mail) {
        this.employers = employers;
        this.accounts = accounts;
        this.audit = audit;
        this.mail = mail;
    }

    @Transactional(readOnly = true)
    public Page<Entry> inState(VerificationState state, int page, int size) {
        return employers.inState(state, page, size).map(this::entry);
    }

    /** The organization; throws EmployerNotFoundException for an unknown id. */
    @Transactional(readOnly = true)
    public Entry find(long employerId) {
        return entry(employers.find(employerId).orElseThrow(() -> new EmployerNotFoundException(employerId)));
    }

    @Transactional
    public Organization verify(long employerId) {
        Organization organization = employers.verify(employerId);
        audit.record("employer.verified", subject(organization), organization.name());
        tellAccounts(organization, "verified", mail.link("/employers/" + organization.slug(), null));
        return organization;
    }

    @Transactional
    public Organization reject(long employerId, String reason) {
        Organization organization = employers.reject(employerId, reason);
        audit.record("employer.rejected", subject(organization), organization.rejectionReason());
        tellAccounts(organization, "rejected", organization.rejectionReason());
        return organization;
    }

    @Transactional
    public Organization suspend(long employerId) {
        Organization organization = employers.suspend(employerId);
        audit.record("employer.suspended", subject(organization), organization.name());
        return organization;
    }

    /** A rejected organization asked to be looked at again from its portal; recorded in its transaction. */
    @EventListener
    void on(OrganizationResubmitted resubmitted) {
        String name =
                employers.find(resubmitted.employerId()).map(Organization::name).orElse("");
        audit.record("employer.resubmitted", "employer:" + resubmitted.employerId(), name);
    }

    private Entry entry(Organization organization) {
        return new Entry(
                organization,
                accounts.findByEmployerId(organization.id()).stream()
                        .map(Account::getEmail)
                        .toList());
    }

    private void tellAccounts(Organization organization, String kind, String detail) {
        for (Account account : accounts.findByEmployerId(organization.id())) {
            mail.send(
                    account.getEmail(),
                    account.getPreferredLanguage(),
                    kind,
                    account.getDisplayName(),
                    organization.name(),
                    detail);
        }
    }

    private static String subject(Organization organization) {
        return "employer:" + organization.id();
    }
}
