package org.healthcareershub.jobs.domain;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.jobs.EmploymentType;
import org.healthcareershub.jobs.JobFacets;
import org.healthcareershub.jobs.JobHit;
import org.healthcareershub.jobs.JobLanguage;
import org.healthcareershub.jobs.JobResults;
import org.healthcareershub.jobs.JobSearch;
import org.healthcareershub.jobs.JobSort;
import org.healthcareershub.jobs.JobStatus;
import org.healthcareershub.jobs.WorkSchedule;
import org.healthcareershub.jobs.Workplace;
import org.healthcareershub.search.SearchCircles;
import org.healthcareershub.search.SearchSince;
import org.healthcareershub.search.SearchVocabulary;
import org.healthcareershub.search.TypoTolerance;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateMatchingStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * Runs job searches on the Lucene index: open postings only (published, closing date not passed, so an
 * expired posting leaves search at once, before the expiry job runs), text, filters, distance, sorts and
 * facet counts. Each facet is counted with every filter but its own. Only the text scores; everything else
 * filters.
 *
 * <p>A posting matches the text when it has every word of it in some field (title, job title, organization,
 * city, description); a word the index does not have may be misspelled (it then matches the indexed words
 * within its {@link TypoTolerance} in a title, job title or organization name, see {@link SearchVocabulary}),
 * and a word near nothing in the index is left out. So
 * "case manager" finds case managers, not every posting that says "manager", and Lucene walks only the
 * postings of the rarest word instead of scoring the whole board (docs/benchmarks.md).
 */
@Component
public class JobSearcher {

    /** How far a posting looks for similar ones, in miles: a reasonable commute. */
    public static final double SIMILAR_RADIUS_MILES = 30;

    private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("types");
    private static final AggregationKey<Map<String, Long>> SCHEDULES = AggregationKey.of("schedules");
    private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("languages");
    private static final AggregationKey<Map<String, Long>> CAREERS = AggregationKey.of("careers");

    enum Facet {
        TYPE,
        SCHEDULE,
        LANGUAGE,
        CAREER
    }

    /** The fields a text search looks in, and those where it forgives a typo. */
    private static final String[] TEXT_FIELDS = {"title", "jobTitle", "employerName", "city", "description"};

    private static final String[] TYPO_FIELDS = {"title", "jobTitle", "employerName"};

    private final EntityManager entityManager;
    private final SearchVocabulary vocabulary;
    private final SearchCircles circles = new SearchCircles();
    private final Clock clock;

    JobSearcher(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.vocabulary = new SearchVocabulary(entityManager.getEntityManagerFactory());
        this.clock = clock;
    }

    public JobResults search(JobSearch search) {
        SearchSession session = Search.session(entityManager);
        SearchScope<JobPosting> scope = session.scope(JobPosting.class);
        LocalDate today = JobPostingRules.today(clock);
        Map<Facet, AggregationKey<Map<String, Long>>> keys =
                Map.of(Facet.TYPE, TYPES, Facet.SCHEDULE, SCHEDULES, Facet.LANGUAGE, LANGUAGES, Facet.CAREER, CAREERS);
        Map<Facet, String> fields = Map.of(
                Facet.TYPE, "employmentType",
                Facet.SCHEDULE, "schedules",
                Facet.LANGUAGE, "languages",
                Facet.CAREER, "careerSlug");
        SearchVocabulary.Words words =
                search.text() == null ? null : vocabulary.words(scope, search.text(), TEXT_FIELDS, TYPO_FIELDS);
        var query = session.search(scope)
                .where(predicate(scope, search, null, today, words))
                .sort(sort(scope, search));
        Map<Facet, SearchAggregation<Map<String, Long>>> aggregations = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            aggregations.put(
                    facet,
                    scope.aggregation()
                            .terms()
                            .field(fields.get(facet), String.class)
                            .minDocumentCount(0)
                            .maxTermCount(100)
                            .toAggregation());
            // A facet whose filter is off counts the main query's own matches; only a facet whose filter is
            // on needs a query of its own, without that filter.
            if (!filters(search, facet)) {
                query.aggregation(keys.get(facet), aggregations.get(facet));
            }
        }
        int offset = (search.page() - 1) * search.pageSize();
        SearchResult<JobPosting> result = query.fetch(offset, search.pageSize());
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            counts.put(
                    facet,
                    filters(search, facet)
                            ? session.search(scope)
                                    .where(predicate(scope, search, facet, today, words))
                                    // counts need no relevance: unsorted, Lucene computes no scores
                                    .sort(f -> f.indexOrder())
                                    .aggregation(keys.get(facet), aggregations.get(facet))
                                    .fetch(0)
                                    .aggregation(keys.get(facet))
                            : result.aggregation(keys.get(facet)));
        }
        List<JobHit> hits =
                result.hits().stream().map(p -> hit(p, search.near())).toList();
        JobFacets facets = new JobFacets(
                enumCounts(EmploymentType.class, counts.get(Facet.TYPE)),
                enumCounts(WorkSchedule.class, counts.get(Facet.SCHEDULE)),
                enumCounts(JobLanguage.class, counts.get(Facet.LANGUAGE)),
                new TreeMap<>(counts.get(Facet.CAREER)));
        return new JobResults(hits, result.total().hitCount(), search.page(), search.pageSize(), facets);
    }

    static boolean filters(JobSearch s, Facet facet) {
        return switch (facet) {
            case TYPE -> !s.types().isEmpty();
            case SCHEDULE -> !s.schedules().isEmpty();
            case LANGUAGE -> !s.languages().isEmpty();
            case CAREER -> s.career() != null;
        };
    }

    /** Open postings: published and valid through today. */
    private static BooleanPredicateClausesStep<?, ?> open(SearchPredicateFactory f, LocalDate today) {
        return f.bool()
                .filter(f.match().field("status").matching(JobStatus.PUBLISHED))
                .filter(f.range().field("closingDate").atLeast(today));
    }

    /**
     * The open postings {@code search} matches that were published at or after {@code since}, oldest first
     * (what a saved-search alert mails); its sort and page are ignored.
     */
    public List<JobPosting> publishedSince(JobSearch search, Instant since, int limit) {
        SearchSession session = Search.session(entityManager);
        SearchScope<JobPosting> scope = session.scope(JobPosting.class);
        SearchVocabulary.Words words =
                search.text() == null ? null : vocabulary.words(scope, search.text(), TEXT_FIELDS, TYPO_FIELDS);
        return SearchSince.fetch(
                session,
                scope,
                predicate(scope, search, null, JobPostingRules.today(clock), words),
                "publishedAt",
                "title_sort",
                since,
                limit);
    }

    /** {@code words}: the words of the text by what the index holds (null without text). */
    SearchPredicate predicate(
            SearchScope<JobPosting> scope, JobSearch s, Facet without, LocalDate today, SearchVocabulary.Words words) {
        SearchPredicateFactory f = scope.predicate();
        BooleanPredicateClausesStep<?, ?> bool = open(f, today);
        if (s.text() != null) {
            bool.must(text(f, s.text(), words));
        }
        if (without != Facet.TYPE && filters(s, Facet.TYPE)) {
            bool.filter(f.terms()
                    .field("employmentType")
                    .matchingAny(s.types().stream().map(Enum::name).toList()));
        }
        if (without != Facet.SCHEDULE && filters(s, Facet.SCHEDULE)) {
            bool.filter(f.terms()
                    .field("schedules")
                    .matchingAny(s.schedules().stream().map(Enum::name).toList()));
        }
        if (without != Facet.LANGUAGE && filters(s, Facet.LANGUAGE)) {
            bool.filter(f.terms()
                    .field("languages")
                    .matchingAny(s.languages().stream().map(Enum::name).toList()));
        }
        if (without != Facet.CAREER && filters(s, Facet.CAREER)) {
            bool.filter(f.match().field("careerSlug").matching(s.career()));
        }
        if (s.employer() != null) {
            bool.filter(f.match().field("employerSlug").matching(s.employer()));
        }
        if (s.minYearlyPay() != null) {
            bool.filter(f.range().field("payYearlyMin").atLeast(s.minYearlyPay().doubleValue()));
        }
        if (s.postedWithinDays() != null) {
            Instant since = clock.instant().minus(s.postedWithinDays(), ChronoUnit.DAYS);
            bool.filter(f.range().field("publishedAt").atLeast(since));
        }
        if (s.near() != null) {
            bool.filter(f.bool()
                    .should(circles.within(
                            scope, "location", s.near().latitude(), s.near().longitude(), s.radiusMiles()))
                    .should(f.match().field("workplace").matching(Workplace.REMOTE)));
        }
        return bool.toPredicate();
    }

    /** Every matchable word in some field, scored by where it is; the whole text as a phrase scores more. */
    private static PredicateFinalStep text(SearchPredicateFactory f, String text, SearchVocabulary.Words words) {
        if (words.matchable().isEmpty()) {
            // nothing in the index is like any word: this matches nothing, as it should
            return fields(f).matching(text);
        }
        var all = f.bool();
        for (String word : words.matchable()) {
            var one = f.bool().should(fields(f).matching(word));
            List<String> corrections = words.misspelled().get(word);
            if (corrections != null) {
                // Typos are forgiven in titles, job titles and organization names, not in descriptions.
                one.should(f.terms()
                        .field("title")
                        .boost(2f)
                        .field("jobTitle")
                        .field("employerName")
                        .matchingAny(corrections)
                        .boost(0.3f));
            }
            all.must(one);
        }
        return all.should(
                f.phrase().field("title").field("description").matching(text).boost(4f));
    }

    private static MatchPredicateMatchingStep<?> fields(SearchPredicateFactory f) {
        return f.match()
                .field("title")
                .boost(4f)
                .field("jobTitle")
                .boost(2f)
                .field("employerName")
                .boost(1.5f)
                .field("city")
                .boost(1.5f)
                .field("description");
    }

    private SearchSort sort(SearchScope<JobPosting> scope, JobSearch s) {
        SearchSortFactory f = scope.sort();
        return switch (effectiveSort(s)) {
            case DISTANCE ->
                f.distance("location", s.near().latitude(), s.near().longitude())
                        .then()
                        .field("publishedAt")
                        .desc()
                        .toSort();
            case NEWEST ->
                f.field("publishedAt").desc().then().field("title_sort").toSort();
            case PAY ->
                f.field("payYearlyMax")
                        .desc()
                        .then()
                        .field("payYearlyMin")
                        .desc()
                        .then()
                        .field("title_sort")
                        .toSort();
            case RELEVANCE ->
                s.text() == null
                        ? f.field("publishedAt")
                                .desc()
                                .then()
                                .field("title_sort")
                                .toSort()
                        : f.score().then().field("publishedAt").desc().toSort();
        };
    }

    public static JobSort effectiveSort(JobSearch s) {
        return s.sort() == JobSort.DISTANCE && s.near() == null ? JobSort.RELEVANCE : s.sort();
    }

    public static JobHit hit(JobPosting p, GeoPoint near) {
        JobDetails d = p.details();
        return new JobHit(
                p.id(),
                d.title(),
                p.employerName(),
                p.employerSlug(),
                d.careerSlug(),
                d.jobTitle(),
                d.workplace(),
                d.site().city(),
                d.site().region(),
                near == null ? null : near.milesTo(p.point()),
                d.employmentType(),
                d.schedules(),
                d.pay(),
                d.languages(),
                p.publishedAt(),
                d.closingDate(),
                p.point().latitude(),
                p.point().longitude(),
                p.sample());
    }

    /**
     * Open postings most like {@code posting}: same career or job title, within
     * {@link #SIMILAR_RADIUS_MILES} of its site, nearest first, so that a namesake at the other end of the
     * state is not offered as an alternative.
     */
    public List<Long> similar(JobPosting posting, int limit) {
        SearchSession session = Search.session(entityManager);
        SearchScope<JobPosting> scope = session.scope(JobPosting.class);
        SearchPredicateFactory f = scope.predicate();
        JobDetails d = posting.details();
        GeoPoint place = posting.point();
        var bool = open(f, JobPostingRules.today(clock))
                .mustNot(f.id().matching(posting.id()))
                .must(f.bool()
                        .should(f.match()
                                .field("careerSlug")
                                .matching(d.careerSlug())
                                .boost(2f))
                        .should(f.match().field("jobTitle").matching(d.jobTitle())))
                .must(f.spatial()
                        .within()
                        .field("location")
                        .circle(place.latitude(), place.longitude(), SIMILAR_RADIUS_MILES, DistanceUnit.MILES));
        return session.search(scope)
                .select(sf -> sf.id(Long.class))
                .where(bool.toPredicate())
                .sort(sf -> sf.distance("location", place.latitude(), place.longitude())
                        .then()
                        .score())
                .fetchHits(limit);
    }

    private static <E extends Enum<E>> Map<E, Long> enumCounts(Class<E> type, Map<String, Long> counts) {
        Map<E, Long> all = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            all.put(value, counts.getOrDefault(value.name(), 0L));
        }
        return all;
    }
}
