package org.healthcareershub.trainings.domain;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.geo.Location;
import org.healthcareershub.search.SearchCircles;
import org.healthcareershub.search.SearchSince;
import org.healthcareershub.search.SearchVocabulary;
import org.healthcareershub.trainings.CredentialType;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.Schedule;
import org.healthcareershub.trainings.TrainingFacets;
import org.healthcareershub.trainings.TrainingHit;
import org.healthcareershub.trainings.TrainingResults;
import org.healthcareershub.trainings.TrainingSearch;
import org.healthcareershub.trainings.TrainingSort;
import org.healthcareershub.trainings.TrainingStatus;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.springframework.stereotype.Component;

/**
 * Runs catalog searches on the Lucene index: relevance with typo tolerance, filters, distance, sorts and
 * facet counts. Each facet is counted with every filter but its own, so counts say what choosing a value
 * would give.
 */
@Component
public class TrainingSearcher {

    /** How far a program with a place looks for similar ones, in miles: a reasonable commute. */
    public static final double SIMILAR_RADIUS_MILES = 50;

    static final List<Double> COST_LIMITS = List.of(500.0, 1000.0, 2500.0);

    private static final AggregationKey<Map<CredentialType, Long>> TYPES = AggregationKey.of("types");
    private static final AggregationKey<Map<DeliveryMode, Long>> MODES = AggregationKey.of("modes");
    private static final AggregationKey<Map<Schedule, Long>> SCHEDULES = AggregationKey.of("schedules");
    private static final AggregationKey<Map<String, Long>> CAREERS = AggregationKey.of("careers");
    private static final AggregationKey<Map<Range<Double>, Long>> COSTS = AggregationKey.of("costs");

    enum Facet {
        TYPE,
        MODE,
        SCHEDULE,
        CAREER,
        COST
    }

    /** Where typos are forgiven, and how much a match there weighs: titles, job titles, provider names. */
    private static final Map<String, Float> TYPO_FIELDS = typoFields();

    private final EntityManager entityManager;
    private final SearchVocabulary vocabulary;
    private final SearchCircles circles = new SearchCircles();

    TrainingSearcher(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.vocabulary = new SearchVocabulary(entityManager.getEntityManagerFactory());
    }

    private static Map<String, Float> typoFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put("title", 2f);
        fields.put("jobTitles", 1f);
        fields.put("provider.name", 1f);
        return fields;
    }

    public TrainingResults search(TrainingSearch search) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Training> scope = session.scope(Training.class);
        var types = new Count<>(
                Facet.TYPE,
                TYPES,
                scope.aggregation()
                        .terms()
                        .field("credentialType", CredentialType.class)
                        .minDocumentCount(0)
                        .toAggregation());
        var modes = new Count<>(
                Facet.MODE,
                MODES,
                scope.aggregation()
                        .terms()
                        .field("deliveryMode", DeliveryMode.class)
                        .minDocumentCount(0)
                        .toAggregation());
        var schedules = new Count<>(
                Facet.SCHEDULE,
                SCHEDULES,
                scope.aggregation()
                        .terms()
                        .field("schedules", Schedule.class)
                        .minDocumentCount(0)
                        .toAggregation());
        var careers = new Count<>(
                Facet.CAREER,
                CAREERS,
                scope.aggregation()
                        .terms()
                        .field("careers", String.class)
                        .minDocumentCount(0)
                        .maxTermCount(100)
                        .toAggregation());
        var costRanges = scope.aggregation().range().field("cost", Double.class).range(Range.atMost(0.0));
        for (Double limit : COST_LIMITS) {
            costRanges = costRanges.range(Range.canonical(null, limit));
        }
        var costs = new Count<>(Facet.COST, COSTS, costRanges.toAggregation());

        // the typo clauses, looked up once for the main query and every facet query
        SearchPredicate typos =
                search.text() == null ? null : vocabulary.anyWordNear(scope, search.text(), 0.3f, TYPO_FIELDS);
        var query = session.search(scope)
                .where(predicate(scope, search, null, typos))
                .sort(sort(scope, search));
        // A facet whose filter is off counts the main query's own matches; only a facet whose filter is on
        // needs a query of its own, without that filter.
        for (Count<?> count : List.of(types, modes, schedules, careers, costs)) {
            if (!filters(search, count.facet())) {
                count.addTo(query);
            }
        }
        int offset = (search.page() - 1) * search.pageSize();
        SearchResult<Training> result = query.fetch(offset, search.pageSize());

        List<TrainingHit> hits =
                result.hits().stream().map(t -> hit(t, search.near())).toList();
        Map<Range<Double>, Long> costCounts = counted(costs, result, session, scope, search, typos);
        Map<String, Long> costFacet = new LinkedHashMap<>();
        costFacet.put("free", costCounts.getOrDefault(Range.atMost(0.0), 0L));
        for (Double limit : COST_LIMITS) {
            costFacet.put(String.valueOf(limit.intValue()), costCounts.getOrDefault(Range.canonical(null, limit), 0L));
        }
        TrainingFacets facets = new TrainingFacets(
                withZeros(CredentialType.class, counted(types, result, session, scope, search, typos)),
                withZeros(DeliveryMode.class, counted(modes, result, session, scope, search, typos)),
                withZeros(Schedule.class, counted(schedules, result, session, scope, search, typos)),
                new TreeMap<>(counted(careers, result, session, scope, search, typos)),
                costFacet);
        return new TrainingResults(hits, result.total().hitCount(), search.page(), search.pageSize(), facets);
    }

    /** A facet's counting: on the main query when the search does not filter on it, else on its own. */
    private record Count<T>(Facet facet, AggregationKey<T> key, SearchAggregation<T> aggregation) {

        void addTo(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> query) {
            query.aggregation(key, aggregation);
        }
    }

    private <T> T counted(
            Count<T> count,
            SearchResult<Training> main,
            SearchSession session,
            SearchScope<Training> scope,
            TrainingSearch search,
            SearchPredicate typos) {
        if (!filters(search, count.facet())) {
            return main.aggregation(count.key());
        }
        return session.search(scope)
                .where(predicate(scope, search, count.facet(), typos))
                // counts need no relevance: unsorted, Lucene computes no scores
                .sort(f -> f.indexOrder())
                .aggregation(count.key(), count.aggregation())
                .fetch(0)
                .aggregation(count.key());
    }

    /** Whether the search filters on {@code facet}: then leaving the filter out changes the predicate. */
    static boolean filters(TrainingSearch s, Facet facet) {
        return switch (facet) {
            case TYPE -> !s.types().isEmpty();
            case MODE -> !s.modes().isEmpty();
            case SCHEDULE -> !s.schedules().isEmpty();
            case CAREER -> s.career() != null;
            case COST -> s.maxCost() != null;
        };
    }

    /**
     * The search's predicate, leaving out the filter of {@code without} (for its facet counts); {@code typos}
     * matches the text's words with typos (null without text).
     */
    SearchPredicate predicate(SearchScope<Training> scope, TrainingSearch s, Facet without, SearchPredicate typos) {
        SearchPredicateFactory f = scope.predicate();
        BooleanPredicateClausesStep<?, ?> bool =
                f.bool().must(f.match().field("status").matching(TrainingStatus.PUBLISHED));
        if (s.text() != null) {
            bool.must(f.bool()
                    .should(f.match()
                            .field("title")
                            .boost(4f)
                            .field("jobTitles")
                            .boost(2f)
                            .field("provider.name")
                            .boost(1.5f)
                            .field("description")
                            .matching(s.text()))
                    .should(f.phrase()
                            .field("title")
                            .field("description")
                            .matching(s.text())
                            .boost(4f))
                    // Typos are forgiven in titles, job titles and provider names, not in descriptions.
                    .should(typos));
        }
        if (without != Facet.TYPE && filters(s, Facet.TYPE)) {
            bool.must(f.terms().field("credentialType").matchingAny(s.types()));
        }
        if (without != Facet.MODE && filters(s, Facet.MODE)) {
            bool.must(f.terms().field("deliveryMode").matchingAny(s.modes()));
        }
        if (without != Facet.SCHEDULE && filters(s, Facet.SCHEDULE)) {
            bool.must(f.terms().field("schedules").matchingAny(s.schedules()));
        }
        if (without != Facet.CAREER && filters(s, Facet.CAREER)) {
            bool.must(f.match().field("careers").matching(s.career()));
        }
        if (without != Facet.COST && filters(s, Facet.COST)) {
            double max = s.maxCost().doubleValue();
            bool.must(
                    max <= 0
                            ? f.range().field("cost").atMost(0.0)
                            : f.range().field("cost").lessThan(max));
        }
        if (s.near() != null) {
            var within = circles.within(
                    scope, "location", s.near().latitude(), s.near().longitude(), s.radiusMiles());
            bool.must(
                    s.includeOnline()
                            ? f.bool()
                                    .should(within)
                                    .should(f.match().field("deliveryMode").matching(DeliveryMode.ONLINE))
                                    .toPredicate()
                            : within);
        }
        return bool.toPredicate();
    }

    private SearchSort sort(SearchScope<Training> scope, TrainingSearch s) {
        SearchSortFactory f = scope.sort();
        var byTitle = f.field("title_sort");
        return switch (effectiveSort(s)) {
            case DISTANCE ->
                f.distance("location", s.near().latitude(), s.near().longitude())
                        .then()
                        .field("title_sort")
                        .toSort();
            case COST ->
                f.field("cost")
                        .asc()
                        .missing()
                        .last()
                        .then()
                        .field("title_sort")
                        .toSort();
            case LENGTH ->
                f.field("length")
                        .asc()
                        .missing()
                        .last()
                        .then()
                        .field("title_sort")
                        .toSort();
            case RELEVANCE ->
                s.text() == null
                        ? f.field("featured").desc().then().field("title_sort").toSort()
                        : f.score().then().field("title_sort").toSort();
        };
    }

    static TrainingSort effectiveSort(TrainingSearch s) {
        return s.sort() == TrainingSort.DISTANCE && s.near() == null ? TrainingSort.RELEVANCE : s.sort();
    }

    /**
     * The published programs {@code search} matches that were first published at or after {@code since},
     * oldest first (what a saved-search alert mails); its sort and page are ignored.
     */
    public List<Training> publishedSince(TrainingSearch search, Instant since, int limit) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Training> scope = session.scope(Training.class);
        SearchPredicate typos =
                search.text() == null ? null : vocabulary.anyWordNear(scope, search.text(), 0.3f, TYPO_FIELDS);
        return SearchSince.fetch(
                session, scope, predicate(scope, search, null, typos), "publishedAt", "title_sort", since, limit);
    }

    public static TrainingHit hit(Training t, GeoPoint near) {
        return hit(t, near, Locale.ENGLISH);
    }

    /** A hit with the title and provider name in {@code locale}'s language where the catalog has them. */
    public static TrainingHit hit(Training t, GeoPoint near, Locale locale) {
        TrainingDetails d = t.details();
        Location location = d.location();
        Double distance = near != null && location != null ? near.milesTo(location.point()) : null;
        return new TrainingHit(
                t.id(),
                t.title(locale),
                t.provider().name(locale),
                d.credentialType(),
                d.deliveryMode(),
                d.lengthHours(),
                d.lengthWeeks(),
                d.cost(),
                location == null ? null : location.city(),
                location == null ? null : location.state(),
                distance,
                d.schedules(),
                d.jobTitles(),
                d.featured(),
                d.sample());
    }

    private static <E extends Enum<E>> Map<E, Long> withZeros(Class<E> type, Map<E, Long> counts) {
        Map<E, Long> all = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            all.put(value, counts.getOrDefault(value, 0L));
        }
        return all;
    }

    /**
     * The ids of published programs most like {@code training}: same careers and type. For a program with a
     * place, only online programs and those within {@link #SIMILAR_RADIUS_MILES}, nearest first, so that a
     * namesake at the other end of the state is not offered as an alternative.
     */
    public List<Long> similar(Training training, int limit) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Training> scope = session.scope(Training.class);
        SearchPredicateFactory f = scope.predicate();
        TrainingDetails d = training.details();
        var bool = f.bool()
                .must(f.match().field("status").matching(TrainingStatus.PUBLISHED))
                .mustNot(f.id().matching(training.id()));
        var likeness = f.bool();
        if (!d.careers().isEmpty()) {
            likeness.should(f.terms().field("careers").matchingAny(d.careers()).boost(2f));
        }
        likeness.should(f.match().field("credentialType").matching(d.credentialType()));
        likeness.should(f.match().field("title").matching(d.title()).boost(0.5f));
        bool.must(likeness);
        GeoPoint place = d.location() == null ? null : d.location().point();
        if (place != null) {
            bool.must(f.bool()
                    .should(f.spatial()
                            .within()
                            .field("location")
                            .circle(place.latitude(), place.longitude(), SIMILAR_RADIUS_MILES, DistanceUnit.MILES))
                    .should(f.match().field("deliveryMode").matching(DeliveryMode.ONLINE)));
        }
        List<Training> hits = session.search(scope)
                .where(bool.toPredicate())
                .sort(sf -> place == null
                        ? sf.score().then().field("title_sort")
                        : sf.distance("location", place.latitude(), place.longitude())
                                .missing()
                                .last()
                                .then()
                                .score()
                                .then()
                                .field("title_sort"))
                .fetchHits(limit);
        List<Long> ids = new ArrayList<>();
        hits.forEach(h -> ids.add(h.id()));
        return ids;
    }
}
