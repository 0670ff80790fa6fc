package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Brings account emails stored before the portal kept one form of an address to that form: the bare
 * address (a display name and angle brackets removed, as in {@code Sam <sam@x.test>}), stripped, Unicode
 * NFC, lower-cased. Nothing is deleted:
 *
 * <ul>
 *   <li>an address that now reads like another account's keeps the account whose address was confirmed
 *       first on it; each other one keeps its data, is suspended and gets the undeliverable address
 *       {@code account-<id>@clash.invalid} (RFC 2606 reserves {@code .invalid}), so staff can decide with
 *       the owner what to merge. When none of the clashing accounts confirmed the address, none keeps it:
 *       all are suspended and renamed so, because age proves nothing (someone who registered
 *       {@code Victim@x.test} before the victim would otherwise keep the victim's address);
 *   <li>an address with an IP literal for a domain ({@code a@[127.0.0.1]}) is kept but the account is
 *       suspended: the portal never mails an IP literal;
 *   <li>an email-change link waiting for an address not in this form stops working (the person asks again).
 * </ul>
 *
 * Each change is written to the audit log with account ids only (a clash names the account that kept the
 * address, or says that none did). Written in Java because the reading of an
 * address is code, not SQL, and the same code must run on H2 and PostgreSQL. Running it again changes
 * nothing.
 */
public class V11__normalize_account_emails extends BaseJavaMigration {

    static final String ACTOR = "migration V11";

    private record Row(long id, String email, Timestamp verifiedAt) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<Row> rows = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet result = select.executeQuery("select id, email, email_verified_at from account"
                        + " order by case when email_verified_at is null then 1 else 0 end,"
                        + " email_verified_at, id")) {
            while (result.next()) {
                rows.add(new Row(result.getLong(1), result.getString(2), result.getTimestamp(3)));
            }
        }
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(canonical(row.email()), k -> new ArrayList<>())
                    .add(row);
        }
        Map<String, Long> holders = new HashMap<>();
        List<Row> clashes = new ArrayList<>();
        Map<Long, String> renames = new HashMap<>();
        List<Row> literals = new ArrayList<>();
        for (Map.Entry<String, List<Row>> group : groups.entrySet()) {
            String canonical = group.getKey();
            List<Row> members = group.getValue();
            // rows come confirmed first: a clash with no confirmed account leaves nobody holding the address
            if (members.size() > 1 && members.get(0).verifiedAt() == null) {
                clashes.addAll(members);
                continue;
            }
            Row row = members.get(0);
            holders.put(canonical, row.id());
            clashes.addAll(members.subList(1, members.size()));
            if (!canonical.equals(row.email())) {
                renames.put(row.id(), canonical);
            }
            if (canonical.contains("@[")) {
                literals.add(row);
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        // clashing rows leave their address first, so the account that keeps it can take its new form
        for (Row clash : clashes) {
            Long holder = holders.get(canonical(clash.email()));
            update(connection, clash.id(), "account-" + clash.id() + "@clash.invalid", true);
            audit(connection, now, "account.email-clash", clash.id(), holder == null ? "none" : "account:" + holder);
        }
        for (Map.Entry<Long, String> rename : renames.entrySet()) {
            update(connection, rename.getKey(), rename.getValue(), false);
            audit(connection, now, "account.email-normalized", rename.getKey(), null);
        }
        for (Row literal : literals) {
            suspend(connection, literal.id());
            audit(connection, now, "account.email-literal", literal.id(), null);
        }
        try (PreparedStatement expire = connection.prepareStatement("update account_token set expires_at = ?"
                + " where purpose = 'CHANGE_EMAIL' and used_at is null and expires_at > ? and id = ?")) {
            try (Statement select = connection.createStatement();
                    ResultSet result = select.executeQuery("select id, new_email from account_token"
                            + " where purpose = 'CHANGE_EMAIL' and used_at is null and new_email is not null")) {
                while (result.next()) {
                    if (!canonical(result.getString(2)).equals(result.getString(2))) {
                        expire.setTimestamp(1, now);
                        expire.setTimestamp(2, now);
                        expire.setLong(3, result.getLong(1));
                        expire.addBatch();
                    }
                }
            }
            expire.executeBatch();
        }
    }

    /** The stored form of an address, as {@code Account.normalize} makes it for new rows. */
    static String canonical(String raw) {
        String address = raw.strip();
        int open = address.lastIndexOf('<');
        int close = address.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            address = address.substring(open + 1, close).strip();
        }
        return Normalizer.normalize(address, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static void update(Connection connection, long id, String email, boolean suspend) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update account set email = ?" + (suspend ? ", status = 'SUSPENDED'" : "") + " where id = ?")) {
            update.setString(1, email);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static void suspend(Connection connection, long id) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("update account set status = 'SUSPENDED'" + " where id = ?")) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }

    private static void audit(Connection connection, Timestamp at, String action, long accountId, String detail)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_entry (actor, action, subject, detail, created_at) values (?, ?, ?, ?, ?)")) {
            insert.setString(1, ACTOR);
            insert.setString(2, action);
            insert.setString(3, "account:" + accountId);
            insert.setString(4, detail);
            insert.setTimestamp(5, at);
            insert.executeUpdate();
        }
    }
}
