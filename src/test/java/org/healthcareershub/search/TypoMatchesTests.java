package org.healthcareershub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.healthcareershub.employers.domain.Employer;
import org.healthcareershub.jobs.domain.JobPosting;
import org.healthcareershub.trainings.TrainingCatalog;
import org.healthcareershub.trainings.TrainingSearch;
import org.healthcareershub.trainings.domain.Provider;
import org.healthcareershub.trainings.domain.Training;
import org.healthcareershub.trainings.domain.TrainingCsvImport;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateMatchingStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The typo matching of {@link SearchVocabulary} (terms looked up once and kept until the index changes)
 * against what it replaced, Lucene's fuzzy query building its automata on every query, over the demo data
 * and a few added programs: the same documents, with the same scores, for a fixed list of words.
 */
@SpringBootTest
@Tag("db")
class TypoMatchesTests {

    /** Misspelled, right, short, hyphenated, nonsense: what people type into the three searches. */
    static final List<String> WORDS = List.of(
            "cordination",
            "care managment",
            "nursng",
            "comunity helth workr",
            "medcal center",
            "hosptal",
            "registerd nurse",
            "case manger",
            "direct suport",
            "sertificate",
            "behavorial helth",
            "famly",
            "patiant navigater",
            "bilingal",
            "sub-acute rehab",
            "rn",
            "care",
            "qqqxxzzy",
            "Quixotrel",
            "Quixotral brigde");

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TrainingCsvImport importer;

    @Autowired
    TrainingCatalog catalog;

    @AfterEach
    void removeAddedPrograms() {
        // The tests share one database across Spring contexts: leave it as the demo loader made it (removed
        // through the entity manager, so that this context's index forgets them too).
        transactions.executeWithoutResult(tx -> {
            entityManager
                    .createQuery("select t from Training t where t.externalId like 'typo-test-%'", Training.class)
                    .getResultList()
                    .forEach(entityManager::remove);
            entityManager
                    .createQuery("select p from Provider p where p.name = 'Typo Test Institute'", Provider.class)
                    .getResultList()
                    .forEach(entityManager::remove);
        });
    }

    @Test
    void programsMatchAsWithLuceneFuzzyQueries() {
        addPrograms();
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put("title", 2f);
        fields.put("jobTitles", 1f);
        fields.put("provider.name", 1f);
        assertSameMatches(
                Training.class,
                fields,
                f -> f.match().field("title").boost(2f).field("jobTitles").field("provider.name"));
    }

    @Test
    void employersMatchAsWithLuceneFuzzyQueries() {
        assertSameMatches(Employer.class, Map.of("name", 1f), f -> f.match().field("name"));
    }

    @Test
    void postingsMatchTheIndexedWordsNearAMisspelledWordAsWithLuceneFuzzyQueries() {
        String[] textFields = {"title", "jobTitle", "employerName", "city", "description"};
        String[] typoFields = {"title", "jobTitle", "employerName"};
        SearchVocabulary vocabulary = new SearchVocabulary(entityManager.getEntityManagerFactory());
        int compared = 0;
        for (int round = 0; round < 2; round++) { // the second round answers from the cache
            compared = 0;
            for (String text : WORDS) {
                for (String word : TypoTolerance.words(text)) {
                    compared += transactions.execute(tx -> {
                        SearchSession session = Search.session(entityManager);
                        SearchScope<JobPosting> scope = session.scope(JobPosting.class);
                        SearchVocabulary.Words words = vocabulary.words(scope, word, textFields, typoFields);
                        if (!words.known().isEmpty()) {
                            return 0;
                        }
                        // before: the nearest indexed words, one edit away if any, else within the allowance
                        List<Long> oneEdit = ids(session, scope, f -> fuzzy(f, word, 1, typoFields));
                        List<Long> expected = oneEdit.isEmpty()
                                ? ids(session, scope, f -> fuzzy(f, word, TypoTolerance.maxEdits(word), typoFields))
                                : oneEdit;
                        List<String> corrections = words.misspelled().getOrDefault(word, List.of());
                        List<Long> found = corrections.isEmpty()
                                ? List.of()
                                : ids(
                                        session,
                                        scope,
                                        f -> f.terms()
                                                .fields(typoFields)
                                                .matchingAny(corrections)
                                                .toPredicate());
                        assertThat(found).as(word).containsExactlyInAnyOrderElementsOf(expected);
                        return expected.isEmpty() ? 0 : 1;
                    });
                }
            }
        }
        assertThat(compared).as("misspelled words that find postings").isGreaterThan(3);
    }

    @Test
    void aProgramAddedAfterASearchIsFoundByTheSameTypo() {
        assertThat(catalog.search(search("quorvix")).total()).isZero();
        importProgram("typo-test-quorvex", "Quorvex Navigation Certificate");
        assertThat(catalog.search(search("quorvix")).hits())
                .extracting(hit -> hit.title())
                .containsExactly("Quorvex Navigation Certificate");
    }

    private static TrainingSearch search(String text) {
        return new TrainingSearch(text, null, null, null, null, null, null, 25, true, null, 1, 10);
    }

    private void assertSameMatches(
            Class<?> entity,
            Map<String, Float> fields,
            Function<SearchPredicateFactory, MatchPredicateMatchingStep<? extends MatchPredicateOptionsStep<?>>>
                    reference) {
        SearchVocabulary vocabulary = new SearchVocabulary(entityManager.getEntityManagerFactory());
        int matched = 0;
        for (int round = 0; round < 2; round++) { // the second round answers from the cache
            matched = 0;
            for (String text : WORDS) {
                matched += transactions.execute(tx -> {
                    SearchSession session = Search.session(entityManager);
                    SearchScope<?> scope = session.scope(entity);
                    Map<Object, Float> expected = scores(session, scope, anyWord(scope.predicate(), text, reference));
                    Map<Object, Float> found =
                            scores(session, scope, vocabulary.anyWordNear(scope, text, 0.3f, fields));
                    assertThat(found.keySet()).as(text).containsExactlyInAnyOrderElementsOf(expected.keySet());
                    expected.forEach((id, score) ->
                            assertThat(found.get(id)).as(text + " " + id).isCloseTo(score, within(score * 1e-5f)));
                    return expected.isEmpty() ? 0 : 1;
                });
            }
        }
        assertThat(matched).as("texts that find something").isGreaterThan(WORDS.size() / 2);
    }

    /** What the catalog and the directory asked Lucene before: a fuzzy query per word and field. */
    private static SearchPredicate anyWord(
            SearchPredicateFactory f,
            String text,
            Function<SearchPredicateFactory, MatchPredicateMatchingStep<? extends MatchPredicateOptionsStep<?>>>
                    fields) {
        var words = f.bool();
        for (String word : TypoTolerance.words(text)) {
            words.should(fields.apply(f)
                    .matching(word)
                    .fuzzy(TypoTolerance.maxEdits(word), TypoTolerance.EXACT_PREFIX)
                    .boost(0.3f));
        }
        return words.toPredicate();
    }

    private static SearchPredicate fuzzy(SearchPredicateFactory f, String word, int edits, String[] fields) {
        return f.match()
                .fields(fields)
                .matching(word)
                .fuzzy(edits, TypoTolerance.EXACT_PREFIX)
                .toPredicate();
    }

    /** Each hit's id and score. */
    static <T> Map<Object, Float> scores(SearchSession session, SearchScope<T> scope, SearchPredicate predicate) {
        List<List<?>> hits = session.search(scope)
                .select(f -> f.composite(f.id(), f.score()))
                .where(predicate)
                .fetchAllHits();
        Map<Object, Float> scores = new LinkedHashMap<>();
        hits.forEach(hit -> scores.put(hit.get(0), (Float) hit.get(1)));
        return scores;
    }

    private static List<Long> ids(
            SearchSession session,
            SearchScope<JobPosting> scope,
            Function<SearchPredicateFactory, SearchPredicate> predicate) {
        return new ArrayList<>(session.search(scope)
                .select(f -> f.id(Long.class))
                .where(predicate.apply(scope.predicate()))
                .fetchAllHits());
    }

    private void addPrograms() {
        importProgram("typo-test-quixotrel", "Quixotrel Bridge Program");
        importProgram("typo-test-coordinator", "Care Coordinater Bootcamp");
    }

    private void importProgram(String id, String title) {
        String header = String.join(",", TrainingCsvImport.COLUMNS) + "\n";
        String row = id + "," + title + ",Typo Test Institute,,A program for typo tests.,"
                + "CERTIFICATE,ONLINE,,,,,10,,300,EVENINGS,,,,,,,false,PUBLISHED,true\n";
        importer.importCsv(new StringReader(header + row));
    }
}
