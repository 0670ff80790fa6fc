package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V7 gives the trainings that exist before it a CTID each, and every later one needs one. */
class TrainingCtidMigrationTests {

    @Test
    void givesEveryExistingTrainingItsOwnVersion4Ctid() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:ctid-migration;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Migrations.migrate(dataSource, "6");
        jdbc.update("insert into training_provider (name) values ('Example College')");
        for (String title : List.of("First program", "Second program")) {
            jdbc.update(
                    "insert into training (title, provider_id, credential_type, delivery_mode, cost_kind, featured,"
                            + " status, sample) values (?, (select id from training_provider), 'CERTIFICATE',"
                            + " 'ONLINE', 'UNKNOWN', false, 'PUBLISHED', false)",
                    title);
        }

        Migrations.migrate(dataSource, "7");

        List<String> ctids = jdbc.queryForList("select credential_ctid from training", String.class);
        assertThat(ctids)
                .hasSize(2)
                .doesNotHaveDuplicates()
                .allSatisfy(ctid -> assertThat(ctid)
                        .matches("ce-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertThat(jdbc.queryForObject(
                        "select is_nullable from information_schema.columns where lower(table_name) = 'training'"
                                + " and lower(column_name) = 'credential_ctid'",
                        String.class))
                .isEqualTo("NO");
    }
}
