package org.healthcareershub.trainings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthcareershub.trainings.TrainingStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Tag("db")
class GeneratedCatalogTests {

    @Autowired
    GeneratedCatalog generator;

    @Autowired
    Trainings trainings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    long generatedRows() {
        return jdbc.queryForObject(
                "select count(*) from training where external_id like ?", Long.class, GeneratedCatalog.PREFIX + "%");
    }

    @AfterEach
    void removeGeneratedRows() {
        // The tests share one database across Spring contexts: leave it as the demo loader made it.
        jdbc.update("delete from training where external_id like ?", GeneratedCatalog.PREFIX + "%");
        jdbc.update("delete from training_provider where url like ?", GeneratedCatalog.PROVIDER_URL + "%");
    }

    @Test
    void insertsTheRequestedProgramsOnceAsValidEntities() {
        long before = trainings.count();
        long publishedBefore = trainings.countByStatus(TrainingStatus.PUBLISHED);

        assertThat(generator.generate(300)).isEqualTo(300);
        assertThat(generatedRows()).isEqualTo(300);
        assertThat(generator.generate(300)).isZero();
        assertThat(generator.generate(320)).isEqualTo(20);
        assertThat(trainings.count()).isEqualTo(before + 320);

        transactions.executeWithoutResult(tx -> {
            List<TrainingDetails> generated = List.of(
                            trainings.findByExternalId("bench-1").orElseThrow(),
                            trainings.findByExternalId("bench-320").orElseThrow())
                    .stream()
                    .map(Training::details)
                    .toList();
            assertThat(generated).allSatisfy(d -> {
                assertThat(d.title()).isNotBlank();
                assertThat(d.careers()).isNotEmpty();
                assertThat(d.jobTitles()).isNotEmpty();
                assertThat(d.schedules()).isNotEmpty();
                assertThat(d.cost()).isNotNull();
                assertThat(d.sample()).isTrue();
            });
        });
        long located = jdbc.queryForObject(
                "select count(*) from training where external_id like ? and latitude is not null and zip like '1%'",
                Long.class, GeneratedCatalog.PREFIX + "%");
        assertThat(located).isBetween(150L, 300L);
        assertThat(trainings.countByStatus(TrainingStatus.PUBLISHED))
                .isBetween(publishedBefore + 280, publishedBefore + 320);
    }

    @Test
    void generatesNothingWhenNotAsked() throws Exception {
        new GeneratedCatalog(jdbc, null, 0).run(null);

        assertThat(generatedRows()).isZero();
    }
}
