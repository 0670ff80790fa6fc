package org.healthcareershub.accounts.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SavedItems extends JpaRepository<SavedItem, Long> {

    List<SavedItem> findByAccountIdOrderByCreatedAtDescIdDesc(Long accountId);

    boolean existsByAccountIdAndKindAndItemKey(Long accountId, SavedItem.Kind kind, String itemKey);

    @Modifying
    @Query("delete from SavedItem s where s.accountId = :accountId and s.kind = :kind and s.itemKey = :itemKey")
    int remove(
            @Param("accountId") Long accountId, @Param("kind") SavedItem.Kind kind, @Param("itemKey") String itemKey);
}
