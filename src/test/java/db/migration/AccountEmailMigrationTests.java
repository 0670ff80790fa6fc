package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V11 brings the account addresses stored before one form was kept to that form, on H2 and (with the
 * postgres profile, in a schema of its own) on PostgreSQL: nothing deleted, clashes and IP literals
 * suspended and audited (a clash nobody confirmed leaves nobody on the address), waiting email changes to
 * odd addresses stopped.
 */
@Tag("db")
class AccountEmailMigrationTests {

    static final Instant EARLY = Instant.parse("2026-01-05T10:00:00Z");
    static final Instant LATE = Instant.parse("2026-03-05T10:00:00Z");

    @Test
    void storesEveryAddressInItsOneFormAndSuspendsClashesWithoutDeletingAnything() {
        var dataSource = dataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Migrations.migrate(dataSource, "9");
        long plainFirst = account(jdbc, "seeker@x.test", LATE);
        long bracketed = account(jdbc, "<seeker@x.test>", null);
        long named = account(jdbc, "Sam <Seeker@X.Test>", EARLY);
        long spaced = account(jdbc, "  Other@Example.ORG ", null);
        long literal = account(jdbc, "a@[127.0.0.1]", null);
        long decomposed = account(jdbc, "Jose\u0301@Example.org", null);
        long untouched = account(jdbc, "plain@example.com", null);
        // an attacker registers the victim's address first; neither ever confirmed it
        long squatter = account(jdbc, "Victim@x.test", null);
        long victim = account(jdbc, "victim@x.test", null);
        jdbc.update(
                "insert into account_token (account_id, purpose, token_hash, new_email, created_at, expires_at)"
                        + " values (?, 'CHANGE_EMAIL', 'h1', '<new@x.test>', ?, ?),"
                        + " (?, 'CHANGE_EMAIL', 'h2', 'fine@x.test', ?, ?)",
                untouched,
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now().plusSeconds(86_400)),
                untouched,
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now().plusSeconds(86_400)));

        Migrations.migrate(dataSource, "11");

        assertThat(emailOf(jdbc, named)).isEqualTo("seeker@x.test"); // confirmed first, keeps the address
        assertThat(emailOf(jdbc, plainFirst)).isEqualTo("account-" + plainFirst + "@clash.invalid");
        assertThat(emailOf(jdbc, bracketed)).isEqualTo("account-" + bracketed + "@clash.invalid");
        assertThat(emailOf(jdbc, spaced)).isEqualTo("other@example.org");
        assertThat(emailOf(jdbc, decomposed)).isEqualTo("jos\u00e9@example.org");
        assertThat(emailOf(jdbc, literal)).isEqualTo("a@[127.0.0.1]");
        assertThat(emailOf(jdbc, untouched)).isEqualTo("plain@example.com");
        assertThat(statusOf(jdbc, named)).isEqualTo("ACTIVE");
        assertThat(statusOf(jdbc, plainFirst)).isEqualTo("SUSPENDED");
        assertThat(statusOf(jdbc, bracketed)).isEqualTo("SUSPENDED");
        assertThat(statusOf(jdbc, literal)).isEqualTo("SUSPENDED");
        assertThat(statusOf(jdbc, spaced)).isEqualTo("ACTIVE");
        // with nobody confirmed, nobody keeps an unproven address: being older proves nothing
        assertThat(emailOf(jdbc, squatter)).isEqualTo("account-" + squatter + "@clash.invalid");
        assertThat(emailOf(jdbc, victim)).isEqualTo("account-" + victim + "@clash.invalid");
        assertThat(statusOf(jdbc, squatter)).isEqualTo("SUSPENDED");
        assertThat(statusOf(jdbc, victim)).isEqualTo("SUSPENDED");
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class))
                .isEqualTo(9);

        List<Map<String, Object>> audit =
                jdbc.queryForList("select actor, action, subject, detail from audit_entry order by id");
        assertThat(audit)
                .extracting(row -> row.get("action"))
                .containsExactlyInAnyOrder(
                        "account.email-clash",
                        "account.email-clash",
                        "account.email-clash",
                        "account.email-clash",
                        "account.email-normalized",
                        "account.email-normalized",
                        "account.email-normalized",
                        "account.email-literal");
        assertThat(jdbc.queryForList(
                        "select detail from audit_entry where action = 'account.email-clash'", String.class))
                .containsExactlyInAnyOrder("account:" + named, "account:" + named, "none", "none");
        assertThat(jdbc.queryForList("select detail from audit_entry", String.class))
                .noneMatch(detail -> detail != null && detail.contains("@"));

        assertThat(jdbc.queryForObject(
                        "select count(*) from account_token where token_hash = 'h1' and expires_at <= ?",
                        Integer.class,
                        Timestamp.from(Instant.now())))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_token where token_hash = 'h2' and expires_at > ?",
                        Integer.class,
                        Timestamp.from(Instant.now())))
                .isEqualTo(1);
    }

    @Test
    void readsAnAddressTheWayTheAccountsDo() {
        assertThat(V11__normalize_account_emails.canonical(" Sam <Sam@Example.ORG> "))
                .isEqualTo("sam@example.org");
        assertThat(V11__normalize_account_emails.canonical("sam@example.org")).isEqualTo("sam@example.org");
        assertThat(V11__normalize_account_emails.canonical(
                        V11__normalize_account_emails.canonical("\"Sam, Jr.\" <SAM@example.org>")))
                .isEqualTo("sam@example.org");
        assertThat(org.healthcareershub.accounts.domain.Account.normalize("Jose\u0301@Example.org"))
                .isEqualTo(V11__normalize_account_emails.canonical("Jose\u0301@Example.org"));
    }

    private static long account(JdbcTemplate jdbc, String email, Instant verifiedAt) {
        jdbc.update(
                "insert into account (email, password_hash, role, display_name, status, preferred_language,"
                        + " email_verified_at, created_at) values (?, 'x', 'SEEKER', 'A', 'ACTIVE', 'en', ?, ?)",
                email,
                verifiedAt == null ? null : Timestamp.from(verifiedAt),
                Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from account where email = ?", Long.class, email);
    }

    private static String emailOf(JdbcTemplate jdbc, long id) {
        return jdbc.queryForObject("select email from account where id = ?", String.class, id);
    }

    private static String statusOf(JdbcTemplate jdbc, long id) {
        return jdbc.queryForObject("select status from account where id = ?", String.class, id);
    }

    /** H2 in memory, or a fresh schema of its own in the PostgreSQL database the postgres profile names. */
    private static DriverManagerDataSource dataSource() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return new DriverManagerDataSource("jdbc:h2:mem:email-migration;DB_CLOSE_DELAY=-1", "sa", "");
        }
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        new JdbcTemplate(new DriverManagerDataSource(url, user, password))
                .execute("drop schema if exists hub_email_migration cascade; create schema hub_email_migration");
        String own = url.replaceAll("currentSchema=[^&]*", "currentSchema=hub_email_migration");
        return new DriverManagerDataSource(own, user, password);
    }
}
