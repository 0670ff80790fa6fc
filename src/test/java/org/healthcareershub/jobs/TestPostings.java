package org.healthcareershub.jobs;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.healthcareershub.jobs.domain.JobPostingInput;
import org.healthcareershub.jobs.domain.JobPostingRules;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Organizations made by SQL (not sample data, so they get mail) and postings typed as an employer would. */
public final class TestPostings {

    public static final String CAREER = "care-coordination-and-care-management";

    private TestPostings() {}

    /** An organization with one site; its id and its site's id. */
    public record Org(long id, long siteId, String slug, String email) {}

    public static Org organization(JdbcTemplate jdbc, String state, String zip, double lat, double lon) {
        String slug = "test-org-" + UUID.randomUUID().toString().substring(0, 8);
        String email = slug + "@example.org";
        jdbc.update(
                "insert into employer (slug, name, description, contact_email, verification, sample) values (?,?,?,?,?,false)",
                slug,
                "Test Org " + slug,
                "An organization made by a test.",
                email,
                state);
        long id = jdbc.queryForObject("select id from employer where slug = ?", Long.class, slug);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var statement = con.prepareStatement(
                            "insert into employer_site (employer_id, name, street, city, zip, county, region, latitude,"
                                    + " longitude) values (?,?,?,?,?,?,?,?,?)",
                            new String[] {"id"});
                    statement.setLong(1, id);
                    statement.setString(2, "Main office");
                    statement.setString(3, "1 Test Street");
                    statement.setString(4, "Testville");
                    statement.setString(5, zip);
                    statement.setString(6, "Albany");
                    statement.setString(7, "Capital Region");
                    statement.setDouble(8, lat);
                    statement.setDouble(9, lon);
                    return statement;
                },
                keys);
        return new Org(id, keys.getKey().longValue(), slug, email);
    }

    public static Org albany(JdbcTemplate jdbc) {
        return organization(jdbc, "VERIFIED", "12207", 42.6526, -73.7562);
    }

    /** A complete posting at the organization's site, closing in {@code days} days. */
    public static JobPostingInput input(
            Org org, Clock clock, String title, String payMin, String payMax, String unit, int days) {
        return new JobPostingInput(
                title,
                CAREER,
                "Care Coordinator",
                "ON_SITE",
                String.valueOf(org.siteId()),
                "Coordinate care for members.",
                "FULL_TIME",
                List.of("DAYS"),
                payMin,
                payMax,
                unit,
                "HIGH_SCHOOL",
                null,
                "0",
                "Health insurance",
                List.of("SPANISH"),
                null,
                null,
                null,
                true,
                "https://example.org/apply",
                JobPostingRules.today(clock).plusDays(days).toString());
    }

    /** A posting of {@code org}'s, published, closing in 30 days; its id. */
    public static long published(JobEditor editor, Org org, Clock clock, String title) {
        JobEditor.Saved saved = editor.createDraft(org.id(), input(org, clock, title, "24", "28", "HOUR", 30));
        if (!saved.ok() || editor.publish(org.id(), saved.id()) != JobEditor.Publication.PUBLISHED) {
            throw new IllegalStateException("Test posting not published: " + saved.errors());
        }
        return saved.id();
    }

    /** The messages GreenMail received for {@code address}. */
    public static MimeMessage[] mailTo(GreenMailExtension greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(MimeMessage[]::new);
    }
}
