package org.healthcareershub.accounts.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.healthcareershub.accounts.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String normalizedEmail);

    boolean existsByRole(Role role);

    List<Account> findByEmployerId(Long employerId);

    long countByRoleAndStatus(Role role, Account.Status status);

    /** Accounts whose email or name contains the lower-cased pattern (with % around it), newest first. */
    @Query("select a from Account a where a.role in :roles and (lower(a.email) like :pattern"
            + " or lower(coalesce(a.displayName, '')) like :pattern) order by a.createdAt desc, a.id desc")
    Page<Account> search(String pattern, Collection<Role> roles, Pageable page);
}
