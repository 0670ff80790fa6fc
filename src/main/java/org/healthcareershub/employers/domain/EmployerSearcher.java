package org.healthcareershub.employers.domain;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.healthcareershub.employers.EmployerHit;
import org.healthcareershub.employers.EmployerResults;
import org.healthcareershub.employers.EmployerSearch;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.search.SearchCircles;
import org.healthcareershub.search.SearchSince;
import org.healthcareershub.search.SearchVocabulary;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.common.SortMode;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * Directory searches on the Lucene index: verified employers only, text, setting, career, region and a
 * circle around a place (any site inside counts), nearest site first. Facets count with every other
 * filter applied.
 */
@Component
public class EmployerSearcher {

    enum Facet {
        SETTING("settings"),
        CAREER("careers"),
        REGION("sites.region");

        final String field;
        final AggregationKey<Map<String, Long>> key;

        Facet(String field) {
            this.field = field;
            this.key = AggregationKey.of(field);
        }
    }

    /** Typos are forgiven in names, not in descriptions. */
    private static final Map<String, Float> TYPO_FIELDS = Map.of("name", 1f);

    private final EntityManager entityManager;
    private final SearchVocabulary vocabulary;
    private final SearchCircles circles = new SearchCircles();

    EmployerSearcher(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.vocabulary = new SearchVocabulary(entityManager.getEntityManagerFactory());
    }

    public EmployerResults search(EmployerSearch search) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Employer> scope = session.scope(Employer.class);
        // the typo clauses, looked up once for the main query and every facet query
        SearchPredicate typos =
                search.text() == null ? null : vocabulary.anyWordNear(scope, search.text(), 0.3f, TYPO_FIELDS);
        var query = session.search(scope).where(predicate(scope, search, null, typos));
        // A facet whose filter is off counts the main query's own matches; only a facet whose filter is on
        // needs a query of its own, without that filter.
        for (Facet facet : Facet.values()) {
            if (!filters(search, facet)) {
                query.aggregation(facet.key, terms(scope, facet));
            }
        }
        SearchResult<Employer> result = (search.near() != null
                        ? query.sort(f -> f.distance(
                                        "sites.location",
                                        search.near().latitude(),
                                        search.near().longitude())
                                .mode(SortMode.MIN)
                                .then()
                                .field("name_sort"))
                        : search.text() != null
                                ? query.sort(f -> f.score().then().field("name_sort"))
                                : query.sort(f -> f.field("name_sort")))
                .fetch((search.page() - 1) * search.pageSize(), search.pageSize());
        List<EmployerHit> hits =
                result.hits().stream().map(e -> hit(e, search.near())).toList();
        return new EmployerResults(
                hits,
                result.total().hitCount(),
                search.page(),
                search.pageSize(),
                count(result, session, scope, search, Facet.SETTING, typos),
                count(result, session, scope, search, Facet.CAREER, typos),
                count(result, session, scope, search, Facet.REGION, typos));
    }

    /**
     * The verified organizations {@code search} matches that were first listed at or after {@code since},
     * oldest first (what a saved-search alert mails); its page is ignored.
     */
    public List<Employer> listedSince(EmployerSearch search, Instant since, int limit) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Employer> scope = session.scope(Employer.class);
        SearchPredicate typos =
                search.text() == null ? null : vocabulary.anyWordNear(scope, search.text(), 0.3f, TYPO_FIELDS);
        return SearchSince.fetch(
                session, scope, predicate(scope, search, null, typos), "listedAt", "name_sort", since, limit);
    }

    private Map<String, Long> count(
            SearchResult<Employer> main,
            SearchSession session,
            SearchScope<Employer> scope,
            EmployerSearch search,
            Facet facet,
            SearchPredicate typos) {
        if (!filters(search, facet)) {
            return new TreeMap<>(main.aggregation(facet.key));
        }
        return new TreeMap<>(session.search(scope)
                .where(predicate(scope, search, facet, typos))
                // counts need no relevance: unsorted, Lucene computes no scores
                .sort(f -> f.indexOrder())
                .aggregation(facet.key, terms(scope, facet))
                .fetch(0)
                .aggregation(facet.key));
    }

    private static SearchAggregation<Map<String, Long>> terms(SearchScope<Employer> scope, Facet facet) {
        return scope.aggregation()
                .terms()
                .field(facet.field, String.class)
                .minDocumentCount(0)
                .maxTermCount(100)
                .toAggregation();
    }

    /** Whether the search filters on {@code facet}: then leaving the filter out changes the predicate. */
    static boolean filters(EmployerSearch s, Facet facet) {
        return switch (facet) {
            case SETTING -> !s.settings().isEmpty();
            case CAREER -> s.career() != null;
            case REGION -> s.region() != null;
        };
    }

    /** {@code typos}: the text's words with typos, in names (null without text). */
    SearchPredicate predicate(SearchScope<Employer> scope, EmployerSearch s, Facet without, SearchPredicate typos) {
        SearchPredicateFactory f = scope.predicate();
        var bool = f.bool().must(f.match().field("verification").matching(VerificationState.VERIFIED));
        if (s.text() != null) {
            bool.must(f.bool()
                    .should(f.match()
                            .field("name")
                            .boost(3f)
                            .field("description")
                            .matching(s.text()))
                    .should(typos));
        }
        if (without != Facet.SETTING && filters(s, Facet.SETTING)) {
            bool.must(f.terms().field("settings").matchingAny(s.settings()));
        }
        if (without != Facet.CAREER && filters(s, Facet.CAREER)) {
            bool.must(f.match().field("careers").matching(s.career()));
        }
        if (without != Facet.REGION && filters(s, Facet.REGION)) {
            bool.must(f.match().field("sites.region").matching(s.region()));
        }
        if (s.near() != null) {
            bool.must(circles.within(
                    scope, "sites.location", s.near().latitude(), s.near().longitude(), s.radiusMiles()));
        }
        return bool.toPredicate();
    }

    static EmployerHit hit(Employer e, GeoPoint near) {
        // an organization verified straight after sign-up has no sites yet, and closed sites are history
        List<Site> sites = e.openSites();
        Site nearest = sites.isEmpty()
                ? null
                : near == null
                        ? sites.get(0)
                        : sites.stream()
                                .min(Comparator.comparingDouble(site -> near.milesTo(site.point())))
                                .orElseThrow();
        return new EmployerHit(
                e.slug(),
                e.name(),
                e.description(),
                List.copyOf(e.settings()),
                nearest == null ? null : nearest.city(),
                near == null || nearest == null ? null : near.milesTo(nearest.point()),
                sites.size(),
                sites.stream()
                        .map(site -> new EmployerHit.SitePoint(
                                site.name(),
                                site.city(),
                                site.point().latitude(),
                                site.point().longitude()))
                        .toList(),
                e.sample());
    }
}
