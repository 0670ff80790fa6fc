package org.healthcareershub.employers.domain;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.healthcareershub.employers.EmployerHit;
import org.healthcareershub.employers.EmployerResults;
import org.healthcareershub.employers.EmployerSearch;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.geo.GeoPoint;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.SortMode;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
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

    private static final AggregationKey<Map<String, Long>> SETTINGS = AggregationKey.of("settings");
    private static final AggregationKey<Map<String, Long>> CAREERS = AggregationKey.of("careers");
    private static final AggregationKey<Map<String, Long>> REGIONS = AggregationKey.of("regions");

    enum Facet {
        SETTING,
        CAREER,
        REGION
    }

    private final EntityManager entityManager;

    EmployerSearcher(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public EmployerResults search(EmployerSearch search) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Employer> scope = session.scope(Employer.class);
        var query = session.search(scope).where(predicate(scope, search, null));
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
                count(session, scope, search, Facet.SETTING, SETTINGS, "settings"),
                count(session, scope, search, Facet.CAREER, CAREERS, "careers"),
                count(session, scope, search, Facet.REGION, REGIONS, "sites.region"));
    }

    private Map<String, Long> count(
            SearchSession session,
            SearchScope<Employer> scope,
            EmployerSearch search,
            Facet facet,
            AggregationKey<Map<String, Long>> key,
            String field) {
        return new TreeMap<>(session.search(scope)
                .where(predicate(scope, search, facet))
                .aggregation(
                        key,
                        f -> f.terms()
                                .field(field, String.class)
                                .minDocumentCount(0)
                                .maxTermCount(100))
                .fetch(0)
                .aggregation(key));
    }

    SearchPredicate predicate(SearchScope<Employer> scope, EmployerSearch s, Facet without) {
        SearchPredicateFactory f = scope.predicate();
        var bool = f.bool().must(f.match().field("verification").matching(VerificationState.VERIFIED));
        if (s.text() != null) {
            bool.must(f.bool()
                    .should(f.match()
                            .field("name")
                            .boost(3f)
                            .field("description")
                            .matching(s.text()))
                    .should(f.match()
                            .field("name")
                            .field("description")
                            .matching(s.text())
                            .fuzzy(2, 1)
                            .boost(0.3f)));
        }
        if (without != Facet.SETTING && !s.settings().isEmpty()) {
            bool.must(f.terms().field("settings").matchingAny(s.settings()));
        }
        if (without != Facet.CAREER && s.career() != null) {
            bool.must(f.match().field("careers").matching(s.career()));
        }
        if (without != Facet.REGION && s.region() != null) {
            bool.must(f.match().field("sites.region").matching(s.region()));
        }
        if (s.near() != null) {
            bool.must(f.spatial()
                    .within()
                    .field("sites.location")
                    .circle(s.near().latitude(), s.near().longitude(), s.radiusMiles(), DistanceUnit.MILES));
        }
        return bool.toPredicate();
    }

    static EmployerHit hit(Employer e, GeoPoint near) {
        // an organization verified straight after sign-up has no sites yet
        Site nearest = e.sites().isEmpty()
                ? null
                : near == null
                        ? e.sites().get(0)
                        : e.sites().stream()
                                .min(Comparator.comparingDouble(site -> near.milesTo(site.point())))
                                .orElseThrow();
        return new EmployerHit(
                e.slug(),
                e.name(),
                e.description(),
                List.copyOf(e.settings()),
                nearest == null ? null : nearest.city(),
                near == null || nearest == null ? null : near.milesTo(nearest.point()),
                e.sites().size(),
                e.sites().stream()
                        .map(site -> new EmployerHit.SitePoint(
                                site.name(),
                                site.city(),
                                site.point().latitude(),
                                site.point().longitude()))
                        .toList(),
                e.sample());
    }
}
