package org.healthcareershub.jobs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.healthcareershub.jobs.JobStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo board (loaded by the test context's start): renewed by the scheduled task, not by a restart. */
@SpringBootTest
@Tag("db")
class DemoJobLoaderTests {

    @Autowired
    DemoJobLoader loader;

    @Autowired
    JobPostings postings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void renewsClosedSampleOpeningsWhileRunningButNotAtTheStart() {
        assertThat(postings.existsBySampleTrue()).isTrue();
        LocalDate today = JobPostingRules.today(clock);
        long id = jdbc.queryForObject(
                "select min(id) from job_posting where sample = true and status = 'PUBLISHED'", Long.class);
        jdbc.update("update job_posting set status = 'EXPIRED', closing_date = ? where id = ?", today.minusDays(3), id);

        loader.run(new DefaultApplicationArguments());
        assertThat(postings.findById(id).orElseThrow().status()).isEqualTo(JobStatus.EXPIRED);

        loader.keepOpen();
        JobPosting renewed = postings.findById(id).orElseThrow();
        assertThat(renewed.status()).isEqualTo(JobStatus.PUBLISHED);
        assertThat(renewed.closingDate()).isAfterOrEqualTo(today.plusDays(30));
    }
}
