package org.healthcareershub.accounts.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokens extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** Marks one token used unless it already is; 0 means another request used it first. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = ?2 where t.id = ?1 and t.usedAt is null")
    int use(Long id, java.time.Instant now);

    @Modifying
    @Query("update AccountToken t set t.usedAt = ?3 where t.accountId = ?1 and t.purpose = ?2 and t.usedAt is null")
    int retireOpen(Long accountId, AccountToken.Purpose purpose, java.time.Instant now);
}
