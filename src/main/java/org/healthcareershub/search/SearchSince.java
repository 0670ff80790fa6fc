package org.healthcareershub.search;

import java.time.Instant;
import java.util.List;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * What a search matches that appeared at or after a time, oldest first: the results a saved-search alert
 * mails. {@code timeField} is a sortable Instant field of the index (when an item was published or
 * listed); items without one never match.
 */
public final class SearchSince {

    private SearchSince() {}

    /** The matches of {@code predicate} whose {@code timeField} is at or after {@code since}, oldest first. */
    public static <T> List<T> fetch(
            SearchSession session,
            SearchScope<T> scope,
            SearchPredicate predicate,
            String timeField,
            String tieField,
            Instant since,
            int limit) {
        SearchPredicateFactory f = scope.predicate();
        return session.search(scope)
                .where(f.bool()
                        .must(predicate)
                        .filter(f.range().field(timeField).atLeast(since))
                        .toPredicate())
                .sort(s -> s.field(timeField).then().field(tieField))
                .fetchHits(limit);
    }
}
