package org.healthcareershub.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.jobs.CloseReason;
import org.healthcareershub.jobs.JobBoard;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.JobModeration;
import org.healthcareershub.jobs.JobSearch;
import org.healthcareershub.jobs.JobStatus;
import org.healthcareershub.jobs.TestPostings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Moderation end to end: a visitor reports a posting (checked, kept as typed when refused, limited per
 * client address), staff see it in the queue and dismiss the reports, take the posting down (it leaves
 * search, its page and API answer 410, its organization gets the reason by mail and sees it in its editor)
 * or suspend the organization (all its postings leave search); the audit log records each act.
 */
@SpringBootTest(
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3923", "hub.security.job-reports-per-address=3"})
@AutoConfigureMockMvc
@Tag("db")
@ExtendWith(OutputCaptureExtension.class)
class JobModerationTests {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(3923, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static final AtomicInteger addresses = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JobEditor editor;

    @Autowired
    JobBoard board;

    @Autowired
    JobModeration moderation;

    @Autowired
    EmployerRegistration registration;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    long post(TestPostings.Org org, String title) {
        return TestPostings.published(editor, org, clock, title);
    }

    /** A client address of its own, so the per-address limit of one test does not reach another. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static RequestPostProcessor anyClient() {
        return from("10.23.0." + addresses.incrementAndGet());
    }

    MvcTestResult report(long id, String reason, String note, RequestPostProcessor client) {
        var request = mvc.post().uri("/jobs/" + id + "/report").with(client).with(csrf());
        if (reason != null) {
            request = request.param("reason", reason);
        }
        if (note != null) {
            request = request.param("note", note);
        }
        return request.exchange();
    }

    RequestPostProcessor admin() {
        return user(accounts.admin().signedIn());
    }

    static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    boolean inSearch(String title) {
        return board
                .search(new JobSearch(title, null, null, null, null, null, null, null, null, 25, null, 1, 50))
                .hits()
                .stream()
                .anyMatch(h -> h.title().equals(title));
    }

    /** The audit entries about a record: who, what and the detail of each, oldest first. */
    List<List<String>> audit(String subject) {
        return jdbc.query(
                "select actor, action, detail from audit_entry where subject = ? order by id",
                (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)),
                subject);
    }

    @Test
    void anyoneReportsAPostingFromItsPageAndIsThanked(CapturedOutput output) throws Exception {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = post(org, "Axolotl Reported Coordinator");

        Document page = html(mvc.get().uri("/jobs/" + id).exchange());
        assertThat(page.select("#report a").attr("href")).isEqualTo("/jobs/" + id + "/report");
        MvcTestResult form = mvc.get().uri("/jobs/" + id + "/report").exchange();
        assertThat(form).hasStatusOk();
        Document formPage = html(form);
        assertThat(formPage.select("input[type=radio][name=reason]"))
                .extracting(e -> e.attr("value"))
                .containsExactly("MISLEADING", "DISCRIMINATORY", "WRONG_PAY", "SCAM", "DUPLICATE", "OTHER");
        assertThat(formPage.select("form[action=/jobs/" + id + "/report] input[name=_csrf]"))
                .isNotEmpty();
        assertThat(formPage.select("textarea[name=note]").attr("maxlength")).isEqualTo("1000");

        MvcTestResult sent = report(id, "SCAM", "They asked me for a $50 training fee.\r\nSecond line.", anyClient());
        assertThat(sent).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/jobs/" + id + "/report/thanks");
        MvcTestResult thanks = mvc.get().uri("/jobs/" + id + "/report/thanks").exchange();
        assertThat(thanks).hasStatusOk();
        assertThat(html(thanks).select("h1").text()).isEqualTo("Thank you for your report");

        JobModeration.ReportedPosting reported = moderation.reported(id);
        assertThat(reported.reports()).hasSize(1);
        assertThat(reported.reports().get(0).note()).isEqualTo("They asked me for a $50 training fee.\nSecond line.");
        assertThat(output.getAll())
                .contains("Job posting " + id + " reported (SCAM)")
                .doesNotContain("training fee");
        assertThat(mvc.post()
                        .uri("/jobs/" + id + "/report")
                        .param("reason", "SCAM")
                        .with(anyClient())
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(moderation.reported(id).reports()).hasSize(1);
    }

    @Test
    void aRefusedReportIsExplainedAndKeepsWhatWasTyped() throws Exception {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = post(org, "Axolotl Refused Coordinator");

        MvcTestResult noReason = report(id, "NONSENSE", "Kept note", anyClient());
        assertThat(noReason).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = html(noReason);
        assertThat(page.select(".error-summary").text()).contains("Choose what is wrong with the posting.");
        assertThat(page.select("#reason-error").text()).isEqualTo("Choose what is wrong with the posting.");
        assertThat(page.select("textarea[name=note]").text()).isEqualTo("Kept note");

        String tooLong = "x".repeat(1001);
        MvcTestResult longNote = report(id, "WRONG_PAY", tooLong, anyClient());
        assertThat(longNote).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        page = html(longNote);
        assertThat(page.select("#note-error").text()).isEqualTo("Use 1,000 characters or fewer");
        assertThat(page.select("textarea[name=note]").text()).isEqualTo(tooLong);
        assertThat(page.select("input[name=reason][value=WRONG_PAY]").hasAttr("checked"))
                .isTrue();

        MvcTestResult control = report(id, "OTHER", "bell\u0007here", anyClient());
        assertThat(control).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(html(control).select("#note-error").text()).isNotEmpty();
        assertThat(html(control).select("#note").attr("aria-invalid")).isEqualTo("true");

        assertThat(moderation.reported(id).reports()).isEmpty();
    }

    @Test
    void aClientAddressReportsAFewPostingsAnHourThenIsToldToWait() throws Exception {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = post(org, "Axolotl Limited Coordinator");
        RequestPostProcessor client = from("10.23.99.1");
        for (int i = 0; i < 3; i++) {
            assertThat(report(id, "DUPLICATE", null, client)).hasStatus(HttpStatus.FOUND);
        }
        MvcTestResult limited = report(id, "DUPLICATE", "One more", client);
        assertThat(limited).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        Document page = html(limited);
        assertThat(page.select("#rate-limited").text()).contains("try again later");
        assertThat(page.select("textarea[name=note]").text()).isEqualTo("One more");
        assertThat(moderation.reported(id).reports()).hasSize(3);
        assertThat(report(id, "DUPLICATE", null, from("10.23.99.2"))).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void onlyAnOpenPostingCanBeReported() throws Exception {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long closed = post(org, "Axolotl Filled Coordinator");
        editor.close(org.id(), closed, CloseReason.FILLED);
        JobEditor.Saved draft = editor.createDraft(
                org.id(), TestPostings.input(org, clock, "Axolotl Draft Coordinator", "24", "28", "HOUR", 30));

        assertThat(mvc.get().uri("/jobs/" + closed + "/report").exchange()).hasStatus(HttpStatus.GONE);
        assertThat(report(closed, "SCAM", null, anyClient())).hasStatus(HttpStatus.GONE);
        assertThat(mvc.get().uri("/jobs/" + draft.id() + "/report").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(report(draft.id(), "SCAM", null, anyClient())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(moderation.reported(closed).reports()).isEmpty();
    }

    @Test
    void staffSeeReportsGroupedByPostingAndDismissThem() throws Exception {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = post(org, "Axolotl Dismissed Coordinator");
        report(id, "WRONG_PAY", "The pay is per visit, not per hour.", anyClient());
        report(id, "WRONG_PAY", null, anyClient());
        report(id, "MISLEADING", null, anyClient());

        Document home = html(mvc.get().uri("/admin").with(admin()).exchange());
        assertThat(home.select("a[href=/admin/jobs/reports]").text())
                .contains("Reported job postings", "Waiting: " + moderation.openCount());
        // descriptions without arguments are not read as message formats: their apostrophes stay
        assertThat(home.text()).contains("a year's wage tables");

        MvcTestResult queue = mvc.get().uri("/admin/jobs/reports").with(admin()).exchange();
        assertThat(queue).hasStatusOk();
        var row = html(queue).select("#posting-" + id);
        assertThat(row.select("a[href=/jobs/" + id + "]").text()).isEqualTo("Axolotl Dismissed Coordinator");
        assertThat(row.text())
                .contains("Test Org " + org.slug(), "Reports: 3", "Wrong pay: 2", "Misleading or fake: 1")
                .contains("The pay is per visit, not per hour.");

        assertThat(mvc.post()
                        .uri("/admin/jobs/reports/" + id + "/dismiss")
                        .with(admin())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/admin/jobs/reports");
        assertThat(html(mvc.get().uri("/admin/jobs/reports").with(admin()).exchange())
                        .select("#posting-" + id))
                .isEmpty();
        assertThat(moderation.reported(id).reports()).isEmpty();
        assertThat(jdbc.queryForList("select status from job_report where job_posting_id = ?", String.class, id))
                .containsOnly("DISMISSED");
        assertThat(inSearch("Axolotl Dismissed Coordinator")).isTrue();
        assertThat(audit("job-posting:" + id))
                .containsExactly(List.of(TestAccounts.ADMIN_EMAIL, "job-report.dismissed", "reports: 3"));
        assertThat(html(mvc.get().uri("/admin/audit").with(admin()).exchange()).text())
                .contains("Dismissed the reports about a job posting");
    }

    @Test
    void takingAPostingDownNeedsAReasonWhichTheOrganizationIsToldAndSees() throws Exception {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = post(org, "Axolotl Takedown Coordinator");
        report(id, "DISCRIMINATORY", "Says applicants must be under 30.", anyClient());

        Document form = html(mvc.get()
                .uri("/admin/jobs/reports/" + id + "/unpublish")
                .with(admin())
                .exchange());
        assertThat(form.text()).contains("Says applicants must be under 30.");
        MvcTestResult noReason = mvc.post()
                .uri("/admin/jobs/reports/" + id + "/unpublish")
                .param("reason", "   ")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(noReason).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(html(noReason).select("#reason-error").text())
                .isEqualTo("Say why the posting is taken down; its organization is told.");
        assertThat(inSearch("Axolotl Takedown Coordinator")).isTrue();

        String why = "The posting limits applicants by age,\r\nwhich New York law forbids.";
        assertThat(mvc.post()
                        .uri("/admin/jobs/reports/" + id + "/unpublish")
                        .param("reason", why)
                        .with(admin())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/admin/jobs/reports");
        String stored = "The posting limits applicants by age,\nwhich New York law forbids.";

        assertThat(inSearch("Axolotl Takedown Coordinator")).isFalse();
        assertThat(board.openIds()).doesNotContain(id);
        MvcTestResult gone = mvc.get().uri("/jobs/" + id).exchange();
        assertThat(gone).hasStatus(HttpStatus.GONE);
        assertThat(html(gone).select("#gone").text())
                .contains("Staff took this posting down")
                .doesNotContain("age");
        assertThat(mvc.get().uri("/api/v1/jobs/" + id).exchange()).hasStatus(HttpStatus.GONE);
        assertThat(mvc.get()
                        .uri("/api/v1/jobs?q=axolotl+takedown")
                        .exchange()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Axolotl Takedown Coordinator");
        assertThat(board.view(id).closeReason()).isEqualTo(CloseReason.UNPUBLISHED);

        MimeMessage[] mail = mailTo(org.email());
        assertThat(mail).hasSize(1);
        assertThat(mail[0].getSubject()).contains("Axolotl Takedown Coordinator");
        String body = GreenMailUtil.getBody(mail[0]).replace("=\r\n", "").replace("\r\n", "\n");
        assertThat(body).contains(stored).contains("/employer/jobs");
        // written in English and then Spanish, with staff's own words once, after both
        assertThat(mail[0].getSubject()).contains(" / ");
        assertThat(body.split(java.util.regex.Pattern.quote(stored), -1)).hasSize(2);

        var employer = accounts.create(Role.EMPLOYER, "Takedown Employer", true, org.id(), "en");
        Document editorPage = html(
                mvc.get().uri("/employer/jobs").with(user(employer.signedIn())).exchange());
        assertThat(editorPage.select("#takedown-" + id).text())
                .contains("Taken down by staff", "limits applicants by age");
        assertThat(editorPage.select("select[name=reason] option"))
                .extracting(o -> o.attr("value"))
                .doesNotContain("UNPUBLISHED");

        assertThat(audit("job-posting:" + id))
                .containsExactly(List.of(TestAccounts.ADMIN_EMAIL, "job-posting.unpublished", stored));
        assertThat(jdbc.queryForList("select status from job_report where job_posting_id = ?", String.class, id))
                .containsOnly("ACTED");

        // a second takedown (another member of staff was first) is explained, not a 500, and mails nobody
        MvcTestResult again = mvc.post()
                .uri("/admin/jobs/reports/" + id + "/unpublish")
                .param("reason", "Again")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(again).hasStatus(HttpStatus.FOUND);
        assertThat(again).flash().containsEntry("notice", "admin.reports.notAllowed");
        assertThat(mailTo(org.email())).hasSize(1);
    }

    @Test
    void anEmployerCannotCloseItsOwnPostingAsTakenDownByStaff() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = post(org, "Axolotl Self Closed Coordinator");
        var employer = accounts.create(Role.EMPLOYER, "Self Closing Employer", true, org.id(), "en");
        assertThat(mvc.post()
                        .uri("/employer/jobs/" + id + "/close")
                        .param("reason", "UNPUBLISHED")
                        .with(user(employer.signedIn()))
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(board.view(id).closeReason()).isEqualTo(CloseReason.WITHDRAWN);
    }

    @Test
    void suspendingTheOrganizationTakesAllItsPostingsOutOfSearchAtOnce() throws Exception {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long reported = post(org, "Axolotl Suspended Coordinator");
        long other = post(org, "Axolotl Suspended Sibling");
        long unreported = post(org, "Axolotl Unreported Cousin");
        report(reported, "SCAM", null, anyClient());
        report(other, "MISLEADING", null, anyClient());
        assertThat(inSearch("Axolotl Suspended Sibling")).isTrue();

        assertThat(mvc.post()
                        .uri("/admin/jobs/reports/" + reported + "/suspend")
                        .with(admin())
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND);

        assertThat(registration.find(org.id()).orElseThrow().state()).isEqualTo(VerificationState.SUSPENDED);
        assertThat(inSearch("Axolotl Suspended Coordinator")).isFalse();
        assertThat(inSearch("Axolotl Suspended Sibling")).isFalse();
        assertThat(board.view(other).status()).isEqualTo(JobStatus.CLOSED);
        assertThat(mvc.get().uri("/jobs/" + other).exchange()).hasStatus(HttpStatus.GONE);
        assertThat(moderation.queue())
                .extracting(JobModeration.ReportedPosting::postingId)
                .doesNotContain(reported, other);
        assertThat(audit("employer:" + org.id()))
                .containsExactly(List.of(
                        TestAccounts.ADMIN_EMAIL,
                        "employer.suspended",
                        "Test Org " + org.slug() + " (job-posting:" + reported + ")"));

        MvcTestResult again = mvc.post()
                .uri("/admin/jobs/reports/" + reported + "/suspend")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(again).flash().containsEntry("notice", "admin.reports.notAllowed");
        assertThat(audit("employer:" + org.id())).hasSize(1);

        // verified again, the organization gets back the posting nobody reported, never the reported ones
        registration.verify(org.id());
        assertThat(board.view(unreported).status()).isEqualTo(JobStatus.PUBLISHED);
        assertThat(inSearch("Axolotl Unreported Cousin")).isTrue();
        for (long down : new long[] {reported, other}) {
            assertThat(board.view(down).status()).isEqualTo(JobStatus.CLOSED);
            assertThat(board.view(down).closeReason()).isEqualTo(CloseReason.UNPUBLISHED);
        }
        assertThat(inSearch("Axolotl Suspended Coordinator")).isFalse();
    }

    MimeMessage[] mailTo(String address) {
        return TestPostings.mailTo(greenMail, address);
    }
}
