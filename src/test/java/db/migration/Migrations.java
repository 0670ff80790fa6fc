package db.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Runs the application's migrations on a test database up to a version, as a migration test needs. */
final class Migrations {

    private Migrations() {}

    static void migrate(DataSource dataSource, String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }
}
