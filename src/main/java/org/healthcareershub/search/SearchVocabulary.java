package org.healthcareershub.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;

/**
 * What an index holds of the words of a searched text, so that a search can ask for every word the index
 * has, forgive typos only in the words it does not have (matching the indexed words near them, found once
 * per search), and leave out words that match nothing at all; or forgive a typo in any word as Lucene's
 * fuzzy query does ({@link #anyWordNear}). Words are compared as the "english" fields index them (stemmed,
 * lower case).
 *
 * <p>The indexed terms near a word are looked up once and kept until the index changes (a new or changed
 * segment), so a search of a word seen before builds no Levenshtein automaton: the automata were 45% of a
 * training search's CPU when every query built one per word and field (docs/benchmarks.md).
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

    /**
     * At most this many looked-up words, and this many terms found for them, are kept; then the cache starts
     * again (random text cannot fill memory: a few MB per searcher at most).
     */
    static final int MAX_CACHED = 10_000;

    static final int MAX_CACHED_TERMS = 50_000;

    private final EntityManagerFactory entityManagerFactory;
    private volatile Analyzer english;
    private volatile Cache cache = new Cache(List.of());

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
                    Cache cached = cache(reader);
                    Set<String> corrections = new LinkedHashSet<>();
                    for (String token : tokens) {
                        corrections.addAll(cached.corrections.computeIfAbsent(
                                new Lookup(String.join(",", typoFields), token, TypoTolerance.maxEdits(word)),
                                lookup -> cached.counted(
                                        List.copyOf(near(reader, token, lookup.maxEdits(), typoFields)))));
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

    /**
     * A predicate matching any word of {@code text} within its {@link TypoTolerance} in {@code fields} (each
     * with its boost), boosted by {@code boost}: the documents and scores of a {@code should} of one
     * {@code match().fields(...).matching(word).fuzzy(maxEdits, 1).boost(boost)} per word, without building
     * an automaton for a word seen before. Build it once per search and use it in the main and facet
     * queries.
     */
    public SearchPredicate anyWordNear(SearchScope<?> scope, String text, float boost, Map<String, Float> fields) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
            Cache cached = cache(reader);
            for (String word : TypoTolerance.words(text)) {
                int maxEdits = TypoTolerance.maxEdits(word);
                List<String> tokens = tokens(word);
                BooleanQuery.Builder inFields = new BooleanQuery.Builder();
                fields.forEach((field, fieldBoost) -> {
                    Query query = tokens.isEmpty()
                            ? new MatchNoDocsQuery()
                            : tokens.size() == 1
                                    ? fuzzy(cached, reader, field, tokens.get(0), maxEdits)
                                    : anyOf(tokens.stream()
                                            .map(token -> fuzzy(cached, reader, field, token, maxEdits))
                                            .toList());
                    inFields.add(
                            fieldBoost == 1f ? query : new BoostQuery(query, fieldBoost), BooleanClause.Occur.SHOULD);
                });
                words.add(new BoostQuery(inFields.build(), boost), BooleanClause.Occur.SHOULD);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        }
        return scope.predicate()
                .extension(LuceneExtension.get())
                .fromLuceneQuery(words.build())
                .toPredicate();
    }

    private static Query anyOf(List<Query> queries) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(query -> any.add(query, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /**
     * What {@code new FuzzyQuery(field:token, maxEdits, 1)} rewrites to: its 50 best terms (most similar,
     * then first in term order) blended, each boosted by its similarity. Only the term list is kept; the
     * frequencies are read per query, as the rewrite reads them.
     */
    private static Query fuzzy(Cache cached, IndexReader reader, String field, String token, int maxEdits) {
        List<NearTerm> near = cached.fuzzy.computeIfAbsent(
                new Lookup(field, token, maxEdits), lookup -> cached.counted(fuzzyTerms(reader, lookup)));
        if (near.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BlendedTermQuery.Builder blended = new BlendedTermQuery.Builder();
        blended.setRewriteMethod(BlendedTermQuery.BOOLEAN_REWRITE);
        near.forEach(term -> blended.add(new Term(field, term.term()), term.similarity()));
        return blended.build();
    }

    private static List<NearTerm> fuzzyTerms(IndexReader reader, Lookup lookup) {
        FuzzyQuery query =
                new FuzzyQuery(new Term(lookup.field(), lookup.token()), lookup.maxEdits(), TypoTolerance.EXACT_PREFIX);
        Map<BytesRef, Float> similar = new HashMap<>();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(lookup.field());
                if (terms == null) {
                    continue;
                }
                TermsEnum matches = query.getTermsEnum(terms);
                BoostAttribute similarity = matches.attributes().addAttribute(BoostAttribute.class);
                for (BytesRef term = matches.next(); term != null; term = matches.next()) {
                    // a term shorter than its edits ("i" two edits from "img") scores below zero, which a
                    // query cannot boost by; the fuzzy queries this replaces did not keep such terms either
                    if (similarity.getBoost() >= 0) {
                        similar.putIfAbsent(BytesRef.deepCopyOf(term), similarity.getBoost());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return similar.entrySet().stream()
                .sorted(Map.Entry.<BytesRef, Float>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CORRECTIONS)
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new NearTerm(entry.getKey(), entry.getValue()))
                .toList();
    }

    private record NearTerm(BytesRef term, float similarity) {}

    private record Lookup(String field, String token, int maxEdits) {}

    /** Looked-up words of one version of the index: its segments (a change makes a new segment). */
    private static final class Cache {
        final List<Object> segments;
        final Map<Lookup, List<NearTerm>> fuzzy = new ConcurrentHashMap<>();
        final Map<Lookup, List<String>> corrections = new ConcurrentHashMap<>();
        final AtomicInteger terms = new AtomicInteger();

        Cache(List<Object> segments) {
            this.segments = segments;
        }

        <T> List<T> counted(List<T> found) {
            terms.addAndGet(found.size());
            return found;
        }

        boolean full() {
            return fuzzy.size() + corrections.size() >= MAX_CACHED || terms.get() >= MAX_CACHED_TERMS;
        }
    }

    private Cache cache(IndexReader reader) {
        List<Object> segments = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
            segments.add(helper == null ? leaf.reader() : helper.getKey());
        }
        Cache current = cache;
        if (!current.segments.equals(segments) || current.full()) {
            current = new Cache(segments);
            cache = current;
        }
        return current;
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
            CompiledAutomaton automaton = FuzzyQuery.getFuzzyAutomaton(token, edits, TypoTolerance.EXACT_PREFIX, true);
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
