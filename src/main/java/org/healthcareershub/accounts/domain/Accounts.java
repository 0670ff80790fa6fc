package org.healthcareershub.accounts.domain;

import java.util.List;
import java.util.Optional;
import org.healthcareershub.accounts.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String normalizedEmail);

    boolean existsByRole(Role role);

    List<Account> findByEmployerId(Long employerId);

    Page<Account> findByEmailContainingOrderByCreatedAtDesc(String text, Pageable page);
}
