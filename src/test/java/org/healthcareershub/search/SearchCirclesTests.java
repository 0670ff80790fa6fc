package org.healthcareershub.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.healthcareershub.employers.domain.Employer;
import org.healthcareershub.jobs.domain.JobPosting;
import org.healthcareershub.trainings.domain.Training;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link SearchCircles} (a circle's matches kept per segment) against what it replaced, Hibernate Search's
 * {@code spatial().within().circle(...)} building Lucene's distance query on every search, over the demo
 * data: the same documents with the same scores, for fixed circles, in the three indexes, twice (the second
 * time from what was kept).
 */
@SpringBootTest
@Tag("db")
class SearchCirclesTests {

    /** Latitude, longitude and radius in miles: Albany, Harlem, Rochester, Buffalo, Plattsburgh, mid-ocean. */
    static final List<double[]> CIRCLES = List.of(
            new double[] {42.6526, -73.7562, 1},
            new double[] {42.6526, -73.7562, 25},
            new double[] {40.8116, -73.9465, 10},
            new double[] {40.8116, -73.9465, 250},
            new double[] {43.1566, -77.6088, 50},
            new double[] {42.8864, -78.8784, 10},
            new double[] {44.6995, -73.4529, 25},
            new double[] {30.0, -50.0, 100});

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void programsInACircleAreThoseOfTheDistanceQuery() {
        assertSameMatches(Training.class, "location");
    }

    @Test
    void employersWithASiteInACircleAreThoseOfTheDistanceQuery() {
        assertSameMatches(Employer.class, "sites.location");
    }

    @Test
    void postingsInACircleAreThoseOfTheDistanceQuery() {
        assertSameMatches(JobPosting.class, "location");
    }

    private void assertSameMatches(Class<?> entity, String field) {
        SearchCircles circles = new SearchCircles();
        int matched = 0;
        for (int round = 0; round < 2; round++) { // the second round answers from what was kept
            matched = 0;
            for (double[] c : CIRCLES) {
                matched += transactions.execute(tx -> {
                    SearchSession session = Search.session(entityManager);
                    SearchScope<?> scope = session.scope(entity);
                    var f = scope.predicate();
                    Function<SearchPredicate, SearchPredicate> boosted = circle -> f.bool()
                            .must(circle)
                            .should(f.matchAll().boost(0.5f))
                            .boost(3f)
                            .toPredicate();
                    SearchPredicate reference = f.spatial()
                            .within()
                            .field(field)
                            .circle(c[0], c[1], c[2], DistanceUnit.MILES)
                            .toPredicate();
                    SearchPredicate kept = circles.within(scope, field, c[0], c[1], c[2]);
                    String name = field + " " + c[0] + "," + c[1] + " " + c[2] + " mi";
                    Map<Object, Float> expected = TypoMatchesTests.scores(session, scope, boosted.apply(reference));
                    assertThat(TypoMatchesTests.scores(session, scope, boosted.apply(kept)))
                            .as(name)
                            .containsExactlyInAnyOrderEntriesOf(expected);
                    assertThat(TypoMatchesTests.scores(session, scope, kept).keySet())
                            .as(name)
                            .containsExactlyInAnyOrderElementsOf(expected.keySet());
                    return expected.isEmpty() ? 0 : 1;
                });
            }
        }
        assertThat(matched).as("circles with matches").isGreaterThan(CIRCLES.size() / 2);
    }
}
