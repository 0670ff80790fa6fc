package org.healthcareershub.accounts.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntries extends JpaRepository<AuditEntry, Long> {

    Page<AuditEntry> findAllByOrderByCreatedAtDescIdDesc(Pageable page);
}
