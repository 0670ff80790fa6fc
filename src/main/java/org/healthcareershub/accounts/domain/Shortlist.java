package org.healthcareershub.accounts.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainings and employers an account saved. Every method takes the account's id from the signed-in
 * session, never from a form, so one person can neither see nor change another's list.
 */
@Service
public class Shortlist {

    private final SavedItems items;

    Shortlist(SavedItems items) {
        this.items = items;
    }

    /** Saves an item; saving it twice (a double click, two tabs) keeps one. */
    public void save(long accountId, SavedItem.Kind kind, String key) {
        if (items.existsByAccountIdAndKindAndItemKey(accountId, kind, key)) {
            return;
        }
        try {
            items.saveAndFlush(new SavedItem(accountId, kind, key));
        } catch (DataIntegrityViolationException savedMeanwhile) {
            // the unique key caught a concurrent save of the same item: it is saved, which is what was asked
        }
    }

    @Transactional
    public void remove(long accountId, SavedItem.Kind kind, String key) {
        items.remove(accountId, kind, key);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<SavedItem> items(long accountId) {
        return items.findByAccountIdOrderByCreatedAtDescIdDesc(accountId);
    }

    /** The account's items as tokens ("training:12"). */
    @Transactional(readOnly = true)
    public Set<String> tokens(long accountId) {
        return items(accountId).stream().map(SavedItem::token).collect(Collectors.toUnmodifiableSet());
    }
}
