package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives every training its Credential Engine CTID ({@code ce-} and a version-4 UUID), kept for good once
 * assigned. Written in Java because H2 and PostgreSQL name their random-UUID functions differently
 * ({@code RANDOM_UUID()}, {@code gen_random_uuid()}); the statements themselves are common to both.
 */
public class V7__add_training_ctid extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table training add column credential_ctid varchar(40)");
        }
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id from training where credential_ctid is null");
                PreparedStatement update =
                        connection.prepareStatement("update training set credential_ctid = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, "ce-" + UUID.randomUUID());
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table training alter column credential_ctid set not null");
            ddl.execute("alter table training add constraint uk_training_credential_ctid unique (credential_ctid)");
        }
    }
}
