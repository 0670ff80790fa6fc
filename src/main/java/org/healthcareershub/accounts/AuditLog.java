package org.healthcareershub.accounts;

import org.healthcareershub.accounts.domain.AuditEntries;
import org.healthcareershub.accounts.domain.AuditEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of staff actions (who, what, when), shown under /admin. The actor is the signed-in account,
 * or "system" for work done on start. Subjects name records by kind and id, never by a person's details.
 */
@Service
public class AuditLog {

    private final AuditEntries entries;

    AuditLog(AuditEntries entries) {
        this.entries = entries;
    }

    /** Records an action; joins the caller's transaction so the record and the change land together. */
    @Transactional
    public void record(String action, String subject, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
        entries.save(new AuditEntry(actor, action, subject, detail));
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> recent(int page, int size) {
        return entries.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(Math.max(page, 0), size));
    }
}
