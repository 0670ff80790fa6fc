package org.healthcareershub.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;

/**
 * What an index holds of the words of a searched text, so that a search can ask for every word the index
 * has, forgive typos only in the words it does not have (matching the indexed words near them, found once
 * per search), and leave out words that match nothing at all. Words are compared as the "english" fields
 * index them (stemmed, lower case).
 */
public class SearchVocabulary {

    /** At most this many indexed terms stand for one misspelled word, as in Lucene's fuzzy query. */
    static final int MAX_CORRECTIONS = 50;

    /**
     * The words of a text by what the index holds: {@code known} are in some text field as typed;
     * {@code misspelled} are not, and map to the indexed terms (of a typo field, analyzed) within their
     * {@link TypoTolerance} of them, the nearest first (one edit if any, else two); {@code unmatched} are
     * neither and can match nothing. Each keeps the order of the text.
     */
    public record Words(List<String> known, Map<String, List<String>> misspelled, List<String> unmatched) {

        /** The words a document can match: the known and the misspelled ones. */
        public List<String> matchable() {
            List<String> words = new ArrayList<>(known);
            words.addAll(misspelled.keySet());
            return words;
        }
    }

    private final EntityManagerFactory entityManagerFactory;
    private volatile Analyzer english;

    /** The vocabulary of the indexes of {@code entityManagerFactory}'s entities; a searcher keeps one. */
    public SearchVocabulary(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /**
     * The words of {@code text}, split as {@link TypoTolerance#words} splits them, by whether
     * {@code scope}'s index holds them in {@code textFields}, or near them in {@code typoFields}.
     */
    public Words words(SearchScope<?> scope, String text, String[] textFields, String[] typoFields) {
        List<String> known = new ArrayList<>();
        Map<String, List<String>> misspelled = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
            for (String word : TypoTolerance.words(text)) {
                List<String> tokens = tokens(word);
                if (tokens.isEmpty()) {
                    // punctuation alone: nothing to look for
                    unmatched.add(word);
                } else if (tokens.stream().allMatch(token -> held(reader, token, textFields))) {
                    known.add(word);
                } else {
                    Set<String> corrections = new LinkedHashSet<>();
                    for (String token : tokens) {
                        corrections.addAll(near(reader, token, TypoTolerance.maxEdits(word), typoFields));
                    }
                    if (corrections.isEmpty()) {
                        unmatched.add(word);
                    } else {
                        misspelled.put(word, List.copyOf(corrections));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        }
        return new Words(known, misspelled, unmatched);
    }

    private List<String> tokens(String word) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = english().tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static boolean held(IndexReader reader, String token, String[] fields) {
        BytesRef term = new BytesRef(token);
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (String field : fields) {
                    Terms terms = leaf.reader().terms(field);
                    if (terms != null && terms.iterator().seekExact(term)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The terms of {@code fields} within one edit of {@code token} (a letter added, dropped, changed or two
     * swapped), or if none, within {@code maxEdits}; the first letter is never changed. One automaton
     * serves every field and segment, where a fuzzy query builds one per field and query.
     */
    private static Set<String> near(IndexReader reader, String token, int maxEdits, String[] fields) {
        Set<String> near = new LinkedHashSet<>();
        for (int edits = 1; edits <= maxEdits && near.isEmpty(); edits++) {
            CompiledAutomaton automaton = FuzzyQuery.getFuzzyAutomaton(token, edits, 1, true);
            try {
                for (LeafReaderContext leaf : reader.leaves()) {
                    for (String field : fields) {
                        Terms terms = leaf.reader().terms(field);
                        if (terms == null) {
                            continue;
                        }
                        TermsEnum matches = automaton.getTermsEnum(terms);
                        for (BytesRef term = matches.next();
                                term != null && near.size() < MAX_CORRECTIONS;
                                term = matches.next()) {
                            near.add(term.utf8ToString());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return near;
    }

    private Analyzer english() {
        Analyzer analyzer = english;
        if (analyzer == null) {
            analyzer = Search.mapping(entityManagerFactory)
                    .backend()
                    .unwrap(LuceneBackend.class)
                    .analyzer("english")
                    .orElseThrow(() -> new IllegalStateException("No \"english\" analyzer"));
            english = analyzer;
        }
        return analyzer;
    }
}
