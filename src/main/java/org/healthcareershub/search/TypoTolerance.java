package org.healthcareershub.search;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateMatchingStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * How far a searched word may be misspelled: one edit (a letter added, dropped, changed or two swapped)
 * in a word of up to 5 characters, two in a longer one; the first letter must be right. Lucene builds an
 * automaton per fuzzy word and field on every query, and one for two edits costs many times one for one,
 * so short words, where two edits match almost anything anyway, get one.
 */
public final class TypoTolerance {

    static final int SHORT_WORD = 5;

    private TypoTolerance() {}

    public static int maxEdits(String word) {
        return word.length() <= SHORT_WORD ? 1 : 2;
    }

    /**
     * A predicate matching any word of {@code text} with its typo allowance in the fields that
     * {@code fields} names; its clauses score as one fuzzy match of the whole text would.
     */
    public static PredicateFinalStep anyWord(
            SearchPredicateFactory f,
            String text,
            float boost,
            Function<SearchPredicateFactory, MatchPredicateMatchingStep<? extends MatchPredicateOptionsStep<?>>>
                    fields) {
        var words = f.bool();
        for (String word : words(text)) {
            words.should(fields.apply(f).matching(word).fuzzy(maxEdits(word), 1).boost(boost));
        }
        return words;
    }

    /** The words of a searched text: what lies between spaces. */
    public static List<String> words(String text) {
        return Arrays.asList(text.strip().split("\\s+"));
    }
}
