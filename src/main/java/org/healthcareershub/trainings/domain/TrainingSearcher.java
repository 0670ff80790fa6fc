package org.healthcareershub.trainings.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.healthcareershub.geo.GeoPoint;
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
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
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

    private final EntityManager entityManager;

    TrainingSearcher(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public TrainingResults search(TrainingSearch search) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Training> scope = session.scope(Training.class);

        int offset = (search.page() - 1) * search.pageSize();
        SearchResult<Training> result = session.search(scope)
                .where(predicate(scope, search, null))
                .sort(sort(scope, search))
                .fetch(offset, search.pageSize());

        List<TrainingHit> hits =
                result.hits().stream().map(t -> hit(t, search.near())).toList();
        return new TrainingResults(
                hits, result.total().hitCount(), search.page(), search.pageSize(), facets(session, scope, search));
    }

    private TrainingFacets facets(SearchSession session, SearchScope<Training> scope, TrainingSearch search) {
        Map<CredentialType, Long> types = withZeros(
                CredentialType.class,
                count(
                        session,
                        scope,
                        search,
                        Facet.TYPE,
                        TYPES,
                        scope.aggregation()
                                .terms()
                                .field("credentialType", CredentialType.class)
                                .minDocumentCount(0)
                                .toAggregation()));
        Map<DeliveryMode, Long> modes = withZeros(
                DeliveryMode.class,
                count(
                        session,
                        scope,
                        search,
                        Facet.MODE,
                        MODES,
                        scope.aggregation()
                                .terms()
                                .field("deliveryMode", DeliveryMode.class)
                                .minDocumentCount(0)
                                .toAggregation()));
        Map<Schedule, Long> schedules = withZeros(
                Schedule.class,
                count(
                        session,
                        scope,
                        search,
                        Facet.SCHEDULE,
                        SCHEDULES,
                        scope.aggregation()
                                .terms()
                                .field("schedules", Schedule.class)
                                .minDocumentCount(0)
                                .toAggregation()));
        Map<String, Long> careers = new TreeMap<>(count(
                session,
                scope,
                search,
                Facet.CAREER,
                CAREERS,
                scope.aggregation()
                        .terms()
                        .field("careers", String.class)
                        .minDocumentCount(0)
                        .maxTermCount(100)
                        .toAggregation()));
        var costRanges = scope.aggregation().range().field("cost", Double.class).range(Range.atMost(0.0));
        for (Double limit : COST_LIMITS) {
            costRanges = costRanges.range(Range.canonical(null, limit));
        }
        Map<Range<Double>, Long> costCounts =
                count(session, scope, search, Facet.COST, COSTS, costRanges.toAggregation());
        Map<String, Long> costs = new LinkedHashMap<>();
        costs.put("free", costCounts.getOrDefault(Range.atMost(0.0), 0L));
        for (Double limit : COST_LIMITS) {
            costs.put(String.valueOf(limit.intValue()), costCounts.getOrDefault(Range.canonical(null, limit), 0L));
        }
        return new TrainingFacets(types, modes, schedules, careers, costs);
    }

    private <T> T count(
            SearchSession session,
            SearchScope<Training> scope,
            TrainingSearch search,
            Facet facet,
            AggregationKey<T> key,
            org.hibernate.search.engine.search.aggregation.SearchAggregation<T> aggregation) {
        return session.search(scope)
                .where(predicate(scope, search, facet))
                .aggregation(key, aggregation)
                .fetch(0)
                .aggregation(key);
    }

    /** The search's predicate, leaving out the filter of {@code without} (for its facet counts). */
    SearchPredicate predicate(SearchScope<Training> scope, TrainingSearch s, Facet without) {
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
                    .should(f.match()
                            .field("title")
                            .boost(2f)
                            .field("jobTitles")
                            .field("provider.name")
                            .field("description")
                            .matching(s.text())
                            .fuzzy(2, 1)
                            .boost(0.3f)));
        }
        if (without != Facet.TYPE && !s.types().isEmpty()) {
            bool.must(f.terms().field("credentialType").matchingAny(s.types()));
        }
        if (without != Facet.MODE && !s.modes().isEmpty()) {
            bool.must(f.terms().field("deliveryMode").matchingAny(s.modes()));
        }
        if (without != Facet.SCHEDULE && !s.schedules().isEmpty()) {
            bool.must(f.terms().field("schedules").matchingAny(s.schedules()));
        }
        if (without != Facet.CAREER && s.career() != null) {
            bool.must(f.match().field("careers").matching(s.career()));
        }
        if (without != Facet.COST && s.maxCost() != null) {
            double max = s.maxCost().doubleValue();
            bool.must(
                    max <= 0
                            ? f.range().field("cost").atMost(0.0)
                            : f.range().field("cost").lessThan(max));
        }
        if (s.near() != null) {
            var within = f.spatial()
                    .within()
                    .field("location")
                    .circle(s.near().latitude(), s.near().longitude(), s.radiusMiles(), DistanceUnit.MILES);
            bool.must(
                    s.includeOnline()
                            ? f.bool()
                                    .should(within)
                                    .should(f.match().field("deliveryMode").matching(DeliveryMode.ONLINE))
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

    public static TrainingHit hit(Training t, GeoPoint near) {
        TrainingDetails d = t.details();
        Double distance = near != null && d.latitude() != null && d.longitude() != null
                ? near.milesTo(new GeoPoint(d.latitude(), d.longitude()))
                : null;
        return new TrainingHit(
                t.id(),
                d.title(),
                t.provider().name(),
                d.credentialType(),
                d.deliveryMode(),
                d.lengthHours(),
                d.lengthWeeks(),
                d.cost(),
                d.city(),
                d.state(),
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

    /** The ids of published programs most like {@code training}: same careers and type, nearest first. */
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
        List<Training> hits = session.search(scope)
                .where(bool.toPredicate())
                .sort(sf -> sf.score().then().field("title_sort"))
                .fetchHits(limit);
        List<Long> ids = new ArrayList<>();
        hits.forEach(h -> ids.add(h.id()));
        return ids;
    }
}
