package org.healthcareershub.jobs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.jobs.JobBoard;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.JobHit;
import org.healthcareershub.jobs.JobSearch;
import org.healthcareershub.jobs.JobSort;
import org.healthcareershub.jobs.TestPostings;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Tag("db")
class GeneratedJobBoardTests {

    @Autowired
    GeneratedJobBoard generator;

    @Autowired
    JobBoard board;

    @Autowired
    JobEditor editor;

    @Autowired
    JobPostings postings;

    @Autowired
    Geography geography;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    TestPostings.Org org;

    long generated(String where) {
        return jdbc.queryForObject(
                "select count(" + where + ") from job_posting where apply_url like ?",
                Long.class,
                GeneratedJobBoard.APPLY_URL + "%");
    }

    /** The generator writes by SQL; the start's index check rebuilds the index, here the test does. */
    void reindex() throws InterruptedException {
        Search.mapping(entityManagerFactory)
                .scope(JobPosting.class)
                .massIndexer()
                .startAndWait();
    }

    @AfterEach
    void removeGeneratedRows() throws InterruptedException {
        // The tests share one database across Spring contexts: leave it, and this context's index, as found.
        jdbc.update("delete from job_posting where apply_url like ?", GeneratedJobBoard.APPLY_URL + "%");
        if (org != null) {
            jdbc.update("delete from employer where id = ?", org.id());
        }
        reindex();
    }

    @Test
    void insertsTheRequestedPostingsOnceAsOpenOpeningsThatSearchFinds() throws InterruptedException {
        reindex();
        long openBefore = board.search(JobSearch.all()).total();

        assertThat(generator.generate(300)).isEqualTo(300);
        assertThat(generator.generate(300)).isZero();
        assertThat(generator.generate(320)).isEqualTo(20);
        assertThat(generated("*")).isEqualTo(320);

        // spread like a real board: every career, type and region, many organizations, varied pay
        assertThat(generated("distinct career_slug")).isEqualTo(4);
        assertThat(generated("distinct employment_type")).isEqualTo(4);
        assertThat(generated("distinct region")).isGreaterThanOrEqualTo(9);
        assertThat(generated("distinct employer_id")).isGreaterThan(50);
        assertThat(generated("distinct job_title")).isGreaterThan(15);
        assertThat(generated("distinct pay_min")).isGreaterThan(100);
        assertThat(generated("distinct language_codes")).isGreaterThan(5);
        Map<String, Object> dates = jdbc.queryForMap(
                "select min(published_at) as first, max(published_at) as last, min(closing_date) as closing"
                        + " from job_posting where apply_url like ?",
                GeneratedJobBoard.APPLY_URL + "%");
        Instant now = clock.instant();
        assertThat(instant(dates.get("first")))
                .isAfter(now.minus(GeneratedJobBoard.POSTED_WITHIN_DAYS + 1, ChronoUnit.DAYS))
                .isBefore(now.minus(GeneratedJobBoard.POSTED_WITHIN_DAYS - 10, ChronoUnit.DAYS));
        assertThat(instant(dates.get("last"))).isBeforeOrEqualTo(now);
        LocalDate today = JobPostingRules.today(clock);
        assertThat(((java.sql.Date) dates.get("closing")).toLocalDate()).isAfter(today);

        // each row loads as a valid open posting, saying what the search index will hold
        List<Long> ids = jdbc.queryForList(
                "select id from job_posting where apply_url like ? order by id",
                Long.class,
                GeneratedJobBoard.APPLY_URL + "%");
        transactions.executeWithoutResult(tx -> postings.findAllById(ids).forEach(p -> {
            assertThat(p.isOpen(today)).isTrue();
            assertThat(p.sample()).isTrue();
            JobDetails d = p.details();
            assertThat(d.title()).endsWith(d.jobTitle());
            assertThat(d.schedules()).isNotEmpty();
            assertThat(d.pay().min()).isPositive();
            assertThat(d.description()).contains(d.site().city());
        }));

        reindex();
        assertThat(board.search(JobSearch.all()).total()).isEqualTo(openBefore + 320);
        // a generated posting is found by its job title, career and place, nearest first
        Map<String, Object> one = jdbc.queryForMap(
                "select id, job_title, career_slug, zip from job_posting where id = ?", ids.get(ids.size() / 2));
        JobSearch search = new JobSearch(
                (String) one.get("job_title"),
                (String) one.get("career_slug"),
                null,
                null,
                null,
                null,
                null,
                null,
                geography.zip((String) one.get("zip")).orElseThrow().point(),
                5,
                JobSort.DISTANCE,
                1,
                100);
        assertThat(board.search(search).hits()).extracting(JobHit::id).contains(((Number) one.get("id")).longValue());
    }

    @Test
    void takesIdsThatPostingsSavedLaterNeverReuse() {
        assertThat(generator.generate(120)).isEqualTo(120);
        org = TestPostings.albany(jdbc);

        // more drafts than one block of ids, so that Hibernate draws from the sequence after the generator
        for (int i = 0; i < 60; i++) {
            JobEditor.Saved saved = editor.createDraft(
                    org.id(), TestPostings.input(org, clock, "Care Coordinator " + i, "25", "28", "HOUR", 30));
            assertThat(saved.errors().asMap()).isEmpty();
        }
        assertThat(generated("*")).isEqualTo(120);
        assertThat(jdbc.queryForObject("select count(*) from job_posting where employer_id = ?", Long.class, org.id()))
                .isEqualTo(60);
    }

    @Test
    void generatesNothingWhenNotAsked() throws Exception {
        new GeneratedJobBoard(jdbc, null, null, null, clock, 0).run(null);

        assertThat(generated("*")).isZero();
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }
}
