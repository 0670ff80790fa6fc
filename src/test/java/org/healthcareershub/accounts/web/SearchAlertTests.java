package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.AccountDeletion;
import org.healthcareershub.accounts.domain.SavedSearches;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.TestPostings;
import org.healthcareershub.notifications.Mailer;
import org.healthcareershub.trainings.ImportReport;
import org.healthcareershub.trainings.domain.TrainingCsvImport;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.MovableClock;
import org.healthcareershub.web.SearchAlertSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Saved-search alerts end to end: made from a search's parameters (read by the search's own module), run by
 * the scheduled job's method on a clock the test moves, mailed to GreenMail with the one-click unsubscribe
 * headers, and managed on the account's pages by their owner only.
 *
 * <p>The clock starts years ahead of the real one, so another test context's scheduler (real clock) never
 * finds these alerts due; this context's own scheduler waits an hour.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=18625",
            "hub.alerts.schedule-delay=PT1H",
            "hub.jobs.schedule-delay=PT1H",
            "hub.alerts.max-per-account=3"
        })
@AutoConfigureMockMvc
@Tag("db")
class SearchAlertTests {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(18625, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            MovableClock clock = new MovableClock();
            clock.advance(Duration.ofDays(5 * 365));
            return clock;
        }

        /** A search whose runs always fail, as one whose module breaks would. */
        @Bean
        SearchAlertSource brokenSearch() {
            return new SearchAlertSource() {
                @Override
                public String kind() {
                    return "broken";
                }

                @Override
                public Reading read(Map<String, List<String>> parameters) {
                    return new Parameters()
                            .add("q", SearchAlertSource.first(parameters, "q"))
                            .reading(new FieldErrors());
                }

                @Override
                public String describe(String query, Locale locale) {
                    return null;
                }

                @Override
                public List<Hit> results(String query, Instant since, int limit) {
                    throw new IllegalStateException("broken on purpose");
                }
            };
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SavedSearches alerts;

    @Autowired
    JobEditor editor;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Mailer mailer;

    @Autowired
    TrainingCsvImport importer;

    @Autowired
    EmployerRegistration registration;

    @Autowired
    AccountDeletion deletion;

    final List<Long> employers = new ArrayList<>();

    final List<String> trainings = new ArrayList<>();

    final List<SignedInAccount> made = new ArrayList<>();
    final List<TestPostings.Org> orgs = new ArrayList<>();
    TestPostings.Org org;
    String word;

    @BeforeEach
    void organization() {
        org = TestPostings.albany(jdbc);
        orgs.add(org);
        word = "Zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toLowerCase(Locale.ROOT) + "x";
    }

    @AfterEach
    void removeWhatTheTestMade() {
        for (SignedInAccount account : made) {
            jdbc.update("delete from search_alert where account_id = ?", account.id());
            mailer.forget(account.email());
            jdbc.update("delete from account where id = ?", account.id());
        }
        for (String externalId : trainings) {
            jdbc.update("delete from training where external_id = ?", externalId);
        }
        jdbc.update("delete from training_provider where name = ?", PROVIDER);
        for (Long id : employers) {
            jdbc.update("delete from employer where id = ?", id);
        }
        for (TestPostings.Org o : orgs) {
            jdbc.update("delete from job_posting where employer_id = ?", o.id());
            jdbc.update("delete from employer_site where employer_id = ?", o.id());
            jdbc.update("delete from employer where id = ?", o.id());
        }
    }

    SignedInAccount seeker(boolean verified) {
        SignedInAccount me = accounts.create(Role.SEEKER, "Alert Seeker", verified);
        made.add(me);
        return me;
    }

    static final String PROVIDER = "Alert Test College";

    /** A published online program, imported as staff would, so this context's index has it at once. */
    void training(String title) {
        training(title, false);
    }

    void training(String title, boolean sample) {
        String externalId = "alert-test-" + UUID.randomUUID();
        trainings.add(externalId);
        Map<String, String> values = Map.ofEntries(
                Map.entry("external_id", externalId),
                Map.entry("title", title),
                Map.entry("provider", PROVIDER),
                Map.entry("description", "Online course made by a test"),
                Map.entry("credential_type", "CERTIFICATE"),
                Map.entry("delivery_mode", "ONLINE"),
                Map.entry("length_hours", "40"),
                Map.entry("cost", "free"),
                Map.entry("status", "PUBLISHED"),
                Map.entry("featured", "false"),
                Map.entry("sample", String.valueOf(sample)));
        String csv = String.join(",", TrainingCsvImport.COLUMNS) + "\n"
                + TrainingCsvImport.COLUMNS.stream()
                        .map(column -> values.getOrDefault(column, ""))
                        .collect(Collectors.joining(","))
                + "\n";
        assertThat(importer.importCsv(new StringReader(csv)).rows())
                .extracting(ImportReport.Row::outcome)
                .containsExactly(ImportReport.Outcome.CREATED);
    }

    /** A verified organization, listed now on the test's clock and in this context's index. */
    void employer(String name) {
        long id = registration.registerPending(name, null, null);
        employers.add(id);
        registration.verify(id);
    }

    @Test
    void anEmployerAlertWithMoreThanAHundredMatchesMailsTheNewOneWhereverItSorts() throws Exception {
        for (int i = 0; i <= SearchAlertSource.MAX_RESULTS; i++) {
            employer(String.format("%s Clinic %03d", word, i));
        }
        clock.advance(Duration.ofMinutes(1));
        SignedInAccount me = seeker(true);
        assertThat(create(me, "employers", "daily", "q", word).getResponse().getStatus())
                .isEqualTo(302);
        long id = alertOf(me);
        clock.advance(Duration.ofHours(1));
        // sorts after the hundred and one by name, the directory's order
        employer(word + " Zeta Health");
        clock.advance(Duration.ofDays(1));
        assertThat(mailedNow(id)).isTrue();
        String body = GreenMailUtil.getBody(mailTo(me, 1)[0]);
        assertThat(body).contains(word + " Zeta Health").doesNotContain(word + " Clinic");
    }

    @Test
    void aBacklogLargerThanOneMailIsMailedOverTheNextRuns() throws Exception {
        SignedInAccount me = seeker(true);
        create(me, "jobs", "daily", "q", word);
        long id = alertOf(me);
        int backlog = SavedSearches.MAX_PER_MAIL + 5;
        for (int i = 0; i < backlog; i++) {
            clock.advance(Duration.ofSeconds(1));
            posting(String.format("%s Backlog Aide %02d", word, i));
        }
        // the oldest twenty first, the rest the next day: none ages out
        int[][] mails = {{0, 19}, {20, backlog - 1}};
        for (int n = 0; n < mails.length; n++) {
            clock.advance(Duration.ofDays(1));
            assertThat(mailedNow(id)).isTrue();
            String body = GreenMailUtil.getBody(mailTo(me, n + 1)[n]);
            for (int i = 0; i < backlog; i++) {
                String title = String.format("%s Backlog Aide %02d", word, i);
                if (i >= mails[n][0] && i <= mails[n][1]) {
                    assertThat(body).contains(title);
                } else {
                    assertThat(body).doesNotContain(title);
                }
            }
        }
        clock.advance(Duration.ofDays(1));
        assertThat(mailedNow(id)).isFalse();
    }

    @Test
    void aFailingAlertWaitsOnePeriodAndTheNextAlertStillMails() throws Exception {
        SignedInAccount me = seeker(true);
        long broken = alerts.create(me.id(), "broken", Map.of("q", List.of(word)), "daily")
                .id();
        create(me, "jobs", "daily", "q", word);
        long id = alertOf(me);
        posting(word + " After Failure Aide");
        clock.advance(Duration.ofDays(1));
        assertThat(mailedNow(id)).isTrue();
        assertThat(GreenMailUtil.getBody(mailTo(me, 1)[0])).contains(word + " After Failure Aide");
        assertThat(failures(broken)).isOne();
        assertThat(nextRun(broken)).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
        alerts.runDue();
        assertThat(failures(broken)).as("not retried before its next run").isOne();
        clock.advance(Duration.ofDays(1));
        alerts.runDue();
        assertThat(failures(broken)).isEqualTo(2);
    }

    @Test
    void aSpanishSpeakerGetsTheMailInSpanish() throws Exception {
        SignedInAccount me = seeker(true);
        jdbc.update("update account set preferred_language = 'es' where id = ?", me.id());
        create(me, "jobs", "daily", "q", word);
        long id = alertOf(me);
        posting(word + " Coordinador");
        clock.advance(Duration.ofDays(1));
        assertThat(mailedNow(id)).isTrue();
        MimeMessage mail = mailTo(me, 1)[0];
        assertThat(mail.getSubject()).endsWith(": un resultado nuevo para su búsqueda");
        assertThat(GreenMailUtil.getBody(mail).replaceAll("=\r?\n", ""))
                .contains("Hola:")
                .contains("Empleos (" + word + ")")
                .contains("Para detener esta alerta");
    }

    @Test
    void deletingTheAccountDeletesItsAlerts() {
        SignedInAccount me = seeker(true);
        create(me, "jobs", "daily", "q", word);
        long id = alertOf(me);
        deletion.delete(me.id());
        assertThat(jdbc.queryForObject("select count(*) from search_alert where id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void anUnknownFrequencyIsRefusedWithThePageAndEachRowsSelectNamesItsAlert() throws Exception {
        SignedInAccount me = seeker(true);
        create(me, "jobs", "daily", "q", word);
        long id = alertOf(me);
        MvcTestResult refused = mvc.post()
                .uri("/account/alerts/" + id + "/frequency")
                .with(user(me))
                .with(csrf())
                .param("frequency", "hourly")
                .exchange();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        Document page = page(refused);
        assertThat(page.select(".error-summary").text()).contains("Choose daily or weekly.");
        assertThat(page.select("label[for=alert-" + id + "-frequency]").text())
                .isEqualTo("How often (Jobs: " + word + ")");
        assertThat(jdbc.queryForObject("select frequency from search_alert where id = ?", String.class, id))
                .isEqualTo("DAILY");
    }

    @Test
    void aSearchWithProblemsOffersNoAlertButAsksToFixIt() throws Exception {
        SignedInAccount me = seeker(true);
        Document page = page(
                mvc.get().uri("/jobs?q=" + word + "&minPay=lots").with(user(me)).exchange());
        assertThat(page.select(".alert-control form")).isEmpty();
        assertThat(page.select(".alert-control p").text())
                .isEqualTo("Fix the search above first to get its new results by email.");
    }

    /** The outbox row of the mail to {@code me}, once it is marked sent (just after SMTP took it). */
    Map<String, Object> sentMailTo(SignedInAccount me) throws InterruptedException {
        String sql = "select body, list_unsubscribe_url, list_unsubscribe_mailto from outgoing_mail"
                + " where recipient = ? and status = 'SENT'";
        for (int i = 0; i < 100 && jdbc.queryForList(sql, me.email()).isEmpty(); i++) {
            Thread.sleep(100);
        }
        return jdbc.queryForMap(sql, me.email());
    }

    @Test
    void aSearchIsDescribedByItsFiltersLabelsWithoutItsSort() throws Exception {
        SignedInAccount me = seeker(true);
        create(me, "jobs", "daily", "q", word, "type", "full_time", "sort", "newest");
        long id = alertOf(me);
        assertThat(page(mvc.get().uri("/account/alerts").with(user(me)).exchange())
                        .select("#alert-" + id + " a")
                        .first()
                        .text())
                .isEqualTo("Jobs: " + word + " · Full time");
    }

    int failures(long alert) {
        return jdbc.queryForObject("select failures from search_alert where id = ?", Integer.class, alert);
    }

    long posting(String title) {
        return TestPostings.published(editor, org, clock, title);
    }

    MvcTestResult create(SignedInAccount me, String kind, String frequency, String... parameters) {
        var request = mvc.post()
                .uri("/account/alerts")
                .with(user(me))
                .with(csrf())
                .param("kind", kind)
                .param("frequency", frequency)
                .param("returnTo", "/" + kind);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        return request.exchange();
    }

    long alertOf(SignedInAccount me) {
        return jdbc.queryForObject("select max(id) from search_alert where account_id = ?", Long.class, me.id());
    }

    int alertCount(SignedInAccount me) {
        return jdbc.queryForObject("select count(*) from search_alert where account_id = ?", Integer.class, me.id());
    }

    /** Waits for the {@code count}th message to {@code me} and returns them all. */
    MimeMessage[] mailTo(SignedInAccount me, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            MimeMessage[] received = TestPostings.mailTo(greenMail, me.email());
            if (received.length >= count) {
                return received;
            }
            Thread.sleep(100);
        }
        return TestPostings.mailTo(greenMail, me.email());
    }

    static Document page(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void mailsOnlyResultsNotSentBeforeAcrossRuns() throws Exception {
        SignedInAccount me = seeker(true);
        posting(word + " Care Coordinator");
        clock.advance(Duration.ofMinutes(1));
        assertThat(create(me, "jobs", "daily", "q", word, "page", "3")
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select query from search_alert where account_id = ?", String.class, me.id()))
                .isEqualTo("q=" + word);
        long id = alertOf(me);

        // made with the search's results as its baseline: nothing to send a day later
        clock.advance(Duration.ofDays(1));
        assertThat(mailedNow(id)).isFalse();

        posting(word + " Care Planner");
        assertThat(mailedNow(id))
                .as("not due again until a day after its last run")
                .isFalse();
        clock.advance(Duration.ofDays(1));
        assertThat(mailedNow(id)).isTrue();
        MimeMessage[] received = mailTo(me, 1);
        assertThat(received).hasSize(1);
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains(word + " Care Planner").doesNotContain(word + " Care Coordinator");

        posting(word + " Care Navigator");
        clock.advance(Duration.ofDays(1));
        assertThat(mailedNow(id)).isTrue();
        received = mailTo(me, 2);
        assertThat(received).hasSize(2);
        String second = GreenMailUtil.getBody(received[1]);
        assertThat(second).contains(word + " Care Navigator").doesNotContain(word + " Care Planner");

        clock.advance(Duration.ofDays(1));
        assertThat(mailedNow(id)).as("nothing new").isFalse();
    }

    @Test
    void aTrainingAlertMailsOnlyTheProgramAddedSinceItWasMade() throws Exception {
        SignedInAccount me = seeker(true);
        training(word + " Care Navigation");
        clock.advance(Duration.ofMinutes(1));
        assertThat(create(me, "trainings", "weekly", "q", word, "cost", "free", "type", "certificate")
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select query from search_alert where account_id = ?", String.class, me.id()))
                .isEqualTo("q=" + word + "&type=certificate&cost=free");
        long id = alertOf(me);
        training(word + " Care Coordination Basics");
        training(word + " Care Demo Program", true);
        clock.advance(Duration.ofDays(7));
        assertThat(mailedNow(id)).isTrue();
        String body = GreenMailUtil.getBody(mailTo(me, 1)[0]);
        assertThat(body)
                .contains(word + " Care Coordination Basics")
                .doesNotContain(word + " Care Coordination Basics (sample")
                .contains(word + " Care Demo Program (sample data)")
                .doesNotContain(word + " Care Navigation");
        clock.advance(Duration.ofDays(7));
        assertThat(mailedNow(id)).isFalse();
    }

    @Test
    void aWeeklyAlertRunsAWeekAfterItsLastRunAndADailyOneADayAfter() {
        SignedInAccount me = seeker(true);
        assertThat(create(me, "jobs", "weekly", "q", word).getResponse().getStatus())
                .isEqualTo(302);
        long weekly = alertOf(me);
        assertThat(create(me, "jobs", "daily", "q", word + " planner")
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        long daily = alertOf(me);
        Instant made = clock.instant();
        assertThat(nextRun(weekly)).isEqualTo(made.plus(Duration.ofDays(7)));
        assertThat(nextRun(daily)).isEqualTo(made.plus(Duration.ofDays(1)));

        posting(word + " planner");
        clock.advance(Duration.ofDays(6));
        assertThat(mailedNow(daily)).as("the daily alert").isTrue();
        assertThat(lastSent(weekly)).as("not the weekly one").isNull();
        assertThat(nextRun(weekly)).isEqualTo(made.plus(Duration.ofDays(7)));
        clock.advance(Duration.ofDays(1));
        assertThat(mailedNow(weekly)).as("the weekly alert's turn").isTrue();
        assertThat(nextRun(weekly)).isEqualTo(clock.instant().plus(Duration.ofDays(7)));

        // changing to daily counts from the last run
        assertThat(mvc.post()
                        .uri("/account/alerts/" + weekly + "/frequency")
                        .with(user(me))
                        .with(csrf())
                        .param("frequency", "daily")
                        .exchange()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(nextRun(weekly)).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
    }

    @Test
    void aLateRunKeepsTheAlertsTimeOfDayAndSkipsMissedRuns() {
        SignedInAccount me = seeker(true);
        create(me, "jobs", "daily", "q", word);
        long id = alertOf(me);
        Instant made = clock.instant();
        clock.advance(Duration.ofDays(1).plusMinutes(14));
        alerts.runDue();
        assertThat(nextRun(id)).as("no drift").isEqualTo(made.plus(Duration.ofDays(2)));
        clock.advance(Duration.ofDays(3));
        alerts.runDue();
        assertThat(nextRun(id)).as("missed runs skipped").isEqualTo(made.plus(Duration.ofDays(5)));
    }

    /**
     * Runs the due alerts and says whether {@code alert} mailed in this run. The database is shared, so other
     * tests' alerts may run too: what {@code runDue} counts says nothing about this one.
     */
    boolean mailedNow(long alert) {
        alerts.runDue();
        return clock.instant().equals(lastSent(alert));
    }

    Instant lastSent(long alert) {
        return jdbc.queryForObject("select last_sent_at from search_alert where id = ?", Instant.class, alert);
    }

    Instant nextRun(long alert) {
        return jdbc.queryForObject("select next_run_at from search_alert where id = ?", Instant.class, alert);
    }

    @Test
    void aPausedAlertSendsNothingUntilResumed() throws Exception {
        SignedInAccount me = seeker(true);
        create(me, "jobs", "daily", "q", word);
        long id = alertOf(me);
        assertThat(post(me, "/account/alerts/" + id + "/pause").getResponse().getStatus())
                .isEqualTo(302);
        posting(word + " Paused Coordinator");
        clock.advance(Duration.ofDays(3));
        assertThat(mailedNow(id)).isFalse();
        assertThat(page(mvc.get().uri("/account/alerts").with(user(me)).exchange())
                        .select("#alert-" + id)
                        .text())
                .contains("Paused");

        assertThat(post(me, "/account/alerts/" + id + "/resume").getResponse().getStatus())
                .isEqualTo(302);
        assertThat(mailedNow(id)).isTrue();
        assertThat(GreenMailUtil.getBody(mailTo(me, 1)[0])).contains(word + " Paused Coordinator");
    }

    MvcTestResult post(SignedInAccount me, String uri) {
        return mvc.post().uri(uri).with(user(me)).with(csrf()).exchange();
    }

    @Test
    void deletingAnAlertEndsIt() {
        SignedInAccount me = seeker(true);
        create(me, "employers", "daily", "q", word);
        long id = alertOf(me);
        assertThat(post(me, "/account/alerts/" + id + "/delete").getResponse().getStatus())
                .isEqualTo(302);
        assertThat(alertCount(me)).isZero();
        assertThat(post(me, "/account/alerts/" + id + "/delete").getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void anotherAccountsAlertIsNotFound() throws Exception {
        SignedInAccount owner = seeker(true);
        SignedInAccount other = seeker(true);
        create(owner, "trainings", "weekly", "q", word);
        long id = alertOf(owner);
        for (String action : List.of("pause", "resume", "delete")) {
            assertThat(post(other, "/account/alerts/" + id + "/" + action)
                            .getResponse()
                            .getStatus())
                    .as(action)
                    .isEqualTo(404);
        }
        assertThat(mvc.post()
                        .uri("/account/alerts/" + id + "/frequency")
                        .with(user(other))
                        .with(csrf())
                        .param("frequency", "daily")
                        .exchange()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select frequency || paused from search_alert where id = ?", String.class, id))
                .isEqualToIgnoringCase("WEEKLYfalse");
        assertThat(page(mvc.get().uri("/account/alerts").with(user(other)).exchange())
                        .select("#alert-" + id))
                .as("not listed to another account")
                .isEmpty();
        assertThat(page(mvc.get().uri("/account/alerts").with(user(owner)).exchange())
                        .select("#alert-" + id))
                .as("listed to its owner")
                .hasSize(1);
    }

    @Test
    void theMailHasTheOneClickUnsubscribeHeadersAndItsLinkEndsTheAlert() throws Exception {
        SignedInAccount me = seeker(true);
        create(me, "jobs", "daily", "q", word);
        long id = alertOf(me);
        posting(word + " Unsubscribe Coordinator");
        clock.advance(Duration.ofDays(1));
        assertThat(mailedNow(id)).isTrue();
        MimeMessage mail = mailTo(me, 1)[0];
        String[] header = mail.getHeader("List-Unsubscribe");
        assertThat(header).hasSize(1);
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        Matcher inHeader = Pattern.compile("<https?://[^/]+(/alerts/unsubscribe/[A-Za-z0-9_-]+)>")
                .matcher(header[0]);
        assertThat(inHeader.matches()).as(header[0]).isTrue();
        String path = inHeader.group(1);
        assertThat(GreenMailUtil.getBody(mail).replaceAll("=\r?\n", "")).contains(path);

        // once SMTP took it, the outbox keeps neither the body nor the link (shown on /admin/outbox)
        Map<String, Object> stored = sentMailTo(me);
        assertThat(stored.get("body")).isEqualTo("");
        assertThat(stored.get("list_unsubscribe_url")).isNull();
        assertThat(stored.get("list_unsubscribe_mailto")).isNull();

        // GET only asks; a mail scanner that fetches the link ends nothing
        MvcTestResult asked = mvc.get().uri(path).exchange();
        assertThat(asked.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(asked).select("form[method=post] button")).hasSize(1);
        assertThat(alertCount(me)).isOne();

        // the mail program's one-click POST: no session, no CSRF token
        MvcTestResult done = mvc.post()
                .uri(path)
                .contentType("application/x-www-form-urlencoded")
                .content("List-Unsubscribe=One-Click")
                .exchange();
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        assertThat(alertCount(me)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from search_alert_link where alert_id = ?", Integer.class, id))
                .isZero();

        // used again, and a token that never existed: the same answer
        String again = page(mvc.post().uri(path).exchange()).select("main").text();
        String unknown = page(mvc.post().uri("/alerts/unsubscribe/NoSuchToken").exchange())
                .select("main")
                .text();
        assertThat(again).isEqualTo(page(done).select("main").text()).isEqualTo(unknown);
    }

    @Test
    void anAccountHasAtMostTheLimitOfAlerts() throws Exception {
        SignedInAccount me = seeker(true);
        for (int i = 0; i < 3; i++) {
            assertThat(create(me, "trainings", "weekly", "q", word + i)
                            .getResponse()
                            .getStatus())
                    .isEqualTo(302);
        }
        MvcTestResult fourth = create(me, "trainings", "weekly", "q", word + "3");
        assertThat(fourth.getResponse().getStatus()).isEqualTo(422);
        assertThat(page(fourth).select(".error-summary").text()).contains("You already have 3 alerts");
        assertThat(alertCount(me)).isEqualTo(3);
    }

    @Test
    void badParametersAreRefusedWithTheReasonAndNothingIsStored() throws Exception {
        SignedInAccount me = seeker(true);
        MvcTestResult pay = create(me, "jobs", "daily", "minPay", "lots");
        assertThat(pay.getResponse().getStatus()).isEqualTo(422);
        assertThat(page(pay).select(".error-summary li")).hasSize(1);
        MvcTestResult career = create(me, "trainings", "daily", "career", "../etc");
        assertThat(career.getResponse().getStatus()).isEqualTo(422);
        assertThat(page(career).select(".error-summary").text()).contains("Choose a career from the list.");
        MvcTestResult place = create(me, "employers", "daily", "near", "Nowhere At All, ZZ");
        assertThat(place.getResponse().getStatus()).isEqualTo(422);
        MvcTestResult often = create(me, "jobs", "hourly", "q", word);
        assertThat(page(often).select(".error-summary").text()).contains("Choose daily or weekly.");
        assertThat(often.getResponse().getStatus()).isEqualTo(422);
        MvcTestResult kind = create(me, "careers", "daily", "q", word);
        assertThat(kind.getResponse().getStatus()).isEqualTo(422);
        assertThat(create(me, "jobs", "daily", "q", word).getResponse().getStatus())
                .isEqualTo(302);
        MvcTestResult twice = create(me, "jobs", "daily", "q", "  " + word + " ");
        assertThat(twice.getResponse().getStatus())
                .as("the same search, normalized")
                .isEqualTo(422);
        assertThat(alertCount(me)).isOne();
        long id = alertOf(me);
        assertThatThrownBy(() -> jdbc.update(
                        "insert into search_alert (account_id, kind, query, query_hash, frequency, paused,"
                                + " created_at, next_run_at, baseline_at, failures, version)"
                                + " select account_id, kind, query, query_hash, 'WEEKLY', paused, created_at,"
                                + " next_run_at, baseline_at, failures, 0 from search_alert where id = ?",
                        id))
                .as("the database keeps one alert per account and search")
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDataExportListsTheAccountsAlerts() throws Exception {
        SignedInAccount me = seeker(true);
        create(me, "employers", "weekly", "q", word);
        String json = mvc.get()
                .uri("/account/export")
                .with(user(me))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"searchAlerts\":[{\"search\":\"employers\",\"query\":\"q=" + word + "\"")
                .contains("\"frequency\":\"weekly\"");
    }

    @Test
    void anUnconfirmedAddressGetsNoAlert() throws Exception {
        SignedInAccount me = seeker(false);
        MvcTestResult result = create(me, "jobs", "daily", "q", word);
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(page(result).select(".error-summary").text()).contains("Confirm your email address");
        assertThat(alertCount(me)).isZero();
    }

    @Test
    void onlySignedInPeopleMakeAlertsAndTheControlCarriesTheSearchShown() throws Exception {
        MvcTestResult anonymous = mvc.post()
                .uri("/account/alerts")
                .with(csrf())
                .param("kind", "jobs")
                .param("frequency", "daily")
                .param("q", word)
                .exchange();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/sign-in");

        Document visitor = page(mvc.get().uri("/trainings?q=" + word).exchange());
        assertThat(visitor.select(".alert-control form")).isEmpty();
        assertThat(visitor.select(".alert-control a").attr("href")).startsWith("/account/save?returnTo=");

        SignedInAccount me = seeker(true);
        for (String kind : List.of("trainings", "employers", "jobs")) {
            Document fragment = page(mvc.get()
                    .uri("/" + kind + "?q=" + word + "&page=2")
                    .header("HX-Request", "true")
                    .with(user(me))
                    .exchange());
            var form = fragment.select("#results .alert-control form[method=post]");
            assertThat(form).as(kind).hasSize(1);
            assertThat(form.select("input[name=kind]").val()).isEqualTo(kind);
            assertThat(form.select("input[name=q]").val()).isEqualTo(word);
            assertThat(form.select("input[name=page]")).isEmpty();
            assertThat(form.select("input[name=frequency]")).hasSize(2);
        }
    }
}
