package org.healthcareershub.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.jobs.domain.JobPosting;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/** The job search on the Lucene index with the demo board loaded, plus a few postings of a test's own. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobSearchTests {

    @Autowired
    JobBoard board;

    @Autowired
    JobEditor editor;

    @Autowired
    Geography geography;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    TestPostings.Org org;
    long hourly;
    long yearly;

    @Autowired
    EntityManagerFactory entities;

    @BeforeAll
    void postAnHourlyAndAYearlyRange() throws InterruptedException {
        // Test contexts share one database but each keeps its own in-memory index: postings that classes in
        // other contexts wrote since this context started are indexed again, so index and database agree as
        // they do in the running app.
        try (var entityManager = entities.createEntityManager()) {
            Search.session(entityManager).massIndexer(JobPosting.class).startAndWait();
        }
        org = TestPostings.albany(jdbc);
        hourly = publish("Xylophonist Care Coordinator", "25", "28", "HOUR");
        yearly = publish("Xylophonist Care Manager", "50000", "70000", "YEAR");
    }

    long publish(String title, String min, String max, String unit) {
        JobEditor.Saved saved = editor.createDraft(org.id(), TestPostings.input(org, clock, title, min, max, unit, 30));
        assertThat(saved.errors().asMap()).isEmpty();
        editor.publish(org.id(), saved.id());
        return saved.id();
    }

    JobSearch search(String text, BigDecimal minPay, JobSort sort) {
        return new JobSearch(text, null, null, null, null, null, minPay, null, null, 25, sort, 1, 50);
    }

    List<Long> ids(JobSearch search) {
        return board.search(search).hits().stream().map(JobHit::id).toList();
    }

    @Test
    void theDemoBoardHasSixHundredSampleOpeningsInAllTenRegions() {
        Map<String, Object> row =
                jdbc.queryForMap("select count(*) as n, count(distinct region) as regions from job_posting"
                        + " where sample = true and status = 'PUBLISHED'");
        assertThat(((Number) row.get("n")).longValue()).isGreaterThanOrEqualTo(600);
        assertThat(((Number) row.get("regions")).intValue()).isEqualTo(10);
        assertThat(board.search(JobSearch.all()).total()).isGreaterThanOrEqualTo(600);
    }

    @Test
    void minimumPayComparesHourlyAndYearlyRangesOnTheYearlyScale() {
        // $25 an hour starts at $52,000 a year; the yearly range starts at $50,000.
        assertThat(ids(search("xylophonist", new BigDecimal("50000"), null))).contains(hourly, yearly);
        assertThat(ids(search("xylophonist", new BigDecimal("51000"), null)))
                .contains(hourly)
                .doesNotContain(yearly);
        assertThat(ids(search("xylophonist", new BigDecimal("52001"), null))).doesNotContain(hourly, yearly);
        for (JobHit hit :
                board.search(search(null, new BigDecimal("90000"), null)).hits()) {
            assertThat(hit.pay().yearlyMin()).isGreaterThanOrEqualTo(new BigDecimal("90000"));
        }
    }

    @Test
    void sortsByPayOnTheYearlyScale() {
        List<JobHit> hits = board.search(search(null, null, JobSort.PAY)).hits();
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i - 1).pay().yearlyMax())
                    .isGreaterThanOrEqualTo(hits.get(i).pay().yearlyMax());
        }
    }

    @Test
    void sortsNewestFirst() {
        List<JobHit> hits = board.search(search(null, null, JobSort.NEWEST)).hits();
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i - 1).publishedAt())
                    .isAfterOrEqualTo(hits.get(i).publishedAt());
        }
    }

    @Test
    void toleratesATypoInATitle() {
        assertThat(ids(search("xylophonst", null, null))).contains(hourly, yearly);
        assertThat(board.search(search("qqqxxzzy", null, null)).total()).isZero();
    }

    @Test
    void findsPostingsWithEveryWordInSomeField() {
        // only the yearly posting says "manager" (its title); both have "coordinator" (their job title) and
        // are in Testville
        assertThat(ids(search("xylophonist manager", null, null)))
                .contains(yearly)
                .doesNotContain(hourly);
        assertThat(ids(search("xylophonist coordinator", null, null))).contains(hourly, yearly);
        assertThat(ids(search("testville xylophonist", null, null))).contains(hourly, yearly);
        // a typo in one word still narrows by the other
        assertThat(ids(search("xylophonst manager", null, null)))
                .contains(yearly)
                .doesNotContain(hourly);
    }

    @Test
    void leavesOutAWordThatNothingIsLike() {
        assertThat(ids(search("xylophonist qqqxxzzy", null, null))).contains(hourly, yearly);
    }

    @Test
    void takesAWordTheBoardHasAsTyped() {
        long lookalike = publish("Xylophonista Outreach Lead", "25", "28", "HOUR");

        // one letter from "xylophonist", which postings have: no typo is assumed
        assertThat(ids(search("xylophonist", null, null)))
                .contains(hourly, yearly)
                .doesNotContain(lookalike);
        assertThat(ids(search("xylophonista", null, null))).contains(lookalike).doesNotContain(hourly, yearly);
        // a word the board does not have finds the nearest ones it has
        assertThat(ids(search("xylophonistaa", null, null))).contains(lookalike);
    }

    @Test
    void findsOpeningsWithinTheRadiusNearestFirst() {
        var albany = geography.zip("12207").orElseThrow().point();
        JobSearch near =
                new JobSearch(null, null, null, null, null, null, null, null, albany, 5, JobSort.DISTANCE, 1, 100);
        JobResults results = board.search(near);
        assertThat(results.hits()).extracting(JobHit::id).contains(hourly);
        for (JobHit hit : results.hits()) {
            if (hit.workplace() != Workplace.REMOTE) {
                assertThat(hit.distanceMiles()).isLessThanOrEqualTo(5.01);
            }
        }
        var buffalo = geography.zip("14202").orElseThrow().point();
        JobSearch far =
                new JobSearch("xylophonist", null, null, null, null, null, null, null, buffalo, 25, null, 1, 10);
        assertThat(board.search(far).total()).isZero();
    }

    @Test
    void eachFacetCountSaysWhatChoosingItGives() {
        JobResults all = board.search(JobSearch.all());
        for (EmploymentType type : EmploymentType.values()) {
            JobSearch filtered =
                    new JobSearch(null, null, null, Set.of(type), null, null, null, null, null, 25, null, 1, 10);
            assertThat(board.search(filtered).total())
                    .as(type.name())
                    .isEqualTo(all.facets().types().get(type));
        }
        JobSearch spanish = new JobSearch(
                null, null, null, null, null, Set.of(JobLanguage.SPANISH), null, null, null, 25, null, 1, 10);
        JobResults withSpanish = board.search(spanish);
        assertThat(withSpanish.total())
                .isEqualTo(all.facets().languages().get(JobLanguage.SPANISH))
                .isPositive();
        // The language facet still counts the other languages while Spanish is chosen.
        assertThat(withSpanish.facets().languages()).isEqualTo(all.facets().languages());
        String career = TestPostings.CAREER;
        assertThat(board.search(JobSearch.all().withCareer(career)).total())
                .isEqualTo(all.facets().careers().get(career))
                .isEqualTo(board.countOpen(career));
    }

    @Test
    void filtersByScheduleAndPostingAge() {
        JobSearch nights = new JobSearch(
                null, null, null, null, Set.of(WorkSchedule.NIGHTS), null, null, null, null, 25, null, 1, 100);
        board.search(nights).hits().forEach(h -> assertThat(h.schedules()).contains(WorkSchedule.NIGHTS));
        JobSearch recent = new JobSearch(null, null, null, null, null, null, null, 1, null, 25, null, 1, 100);
        JobResults lastDay = board.search(recent);
        assertThat(lastDay.hits()).extracting(JobHit::id).contains(hourly);
        assertThat(lastDay.total()).isLessThan(board.search(JobSearch.all()).total());
    }

    @Test
    void similarOpeningsAreNearTheSamePlace() {
        JobView view = board.view(hourly);
        for (JobHit hit : board.similar(hourly, 4)) {
            assertThat(hit.id()).isNotEqualTo(hourly);
            assertThat(view.point().milesTo(new org.healthcareershub.geo.GeoPoint(hit.latitude(), hit.longitude())))
                    .isLessThanOrEqualTo(30.01);
        }
    }
}
