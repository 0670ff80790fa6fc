package org.healthcareershub.employers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthcareershub.employers.VerificationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Tag("db")
class GeneratedDirectoryTests {

    @Autowired
    GeneratedDirectory generator;

    @Autowired
    Employers employers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, GeneratedDirectory.PREFIX + "%");
    }

    long generatedSites() {
        return count(
                "select count(*) from employer_site s join employer e on e.id = s.employer_id where e.slug like ?");
    }

    @AfterEach
    void removeGeneratedRows() {
        // The tests share one database across Spring contexts: leave it as the demo loader made it.
        jdbc.update("delete from employer where slug like ?", GeneratedDirectory.PREFIX + "%");
    }

    @Test
    void insertsTheRequestedSitesOverEmployersOnceAsValidEntities() {
        long before = employers.count();

        assertThat(generator.generate(1000)).isEqualTo(300);
        assertThat(generatedSites()).isEqualTo(1000);
        assertThat(generator.generate(1000)).isZero();
        assertThat(generatedSites()).isEqualTo(1000);
        assertThat(employers.count()).isEqualTo(before + 300);
        assertThat(count("select count(*) from employer where slug like ? and verification = 'VERIFIED'"))
                .isBetween(250L, 300L);

        transactions.executeWithoutResult(tx -> {
            Employer first = employers.findBySlug("bench-1").orElseThrow();
            assertThat(first.name()).isNotBlank();
            assertThat(first.settings()).isNotEmpty();
            assertThat(first.careers()).isNotEmpty();
            assertThat(first.sample()).isTrue();
            assertThat(first.sites()).isNotEmpty().allSatisfy(site -> {
                assertThat(site.region()).isNotBlank();
                assertThat(site.point().latitude()).isBetween(40.0, 45.1);
            });
            assertThat(employers.findByVerificationOrderByName(VerificationState.VERIFIED))
                    .hasSizeGreaterThan(250);
        });
    }

    @Test
    void generatesNothingWhenNotAsked() throws Exception {
        new GeneratedDirectory(jdbc, null, 0).run(null);

        assertThat(count("select count(*) from employer where slug like ?")).isZero();
    }
}
