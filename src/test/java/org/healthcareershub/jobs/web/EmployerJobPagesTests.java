package org.healthcareershub.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.jobs.CloseReason;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.JobStatus;
import org.healthcareershub.jobs.TestPostings;
import org.healthcareershub.jobs.domain.JobPostingRules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The posting editor at /employer/jobs: its own organization's postings only, with the rules' messages. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class EmployerJobPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JobEditor editor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    TestPostings.Org org;
    RequestPostProcessor employer;

    RequestPostProcessor employerOf(TestPostings.Org organization) {
        return user(new TestAccounts(accounts, encoder)
                .create(Role.EMPLOYER, "Editor", true, organization.id(), "en")
                .signedIn());
    }

    @BeforeEach
    void anEmployer() {
        org = TestPostings.albany(jdbc);
        employer = employerOf(org);
    }

    MvcTestResult submit(RequestPostProcessor who, String payMin, String title) {
        return mvc.post()
                .uri("/employer/jobs")
                .with(who)
                .with(csrf())
                .param("title", title)
                .param("career", TestPostings.CAREER)
                .param("jobTitle", "Care Coordinator")
                .param("workplace", "ON_SITE")
                .param("site", String.valueOf(org.siteId()))
                .param("description", "Coordinate care.")
                .param("employmentType", "FULL_TIME")
                .param("schedules", "DAYS", "EVENINGS")
                .param("payMin", payMin)
                .param("payMax", "28")
                .param("payUnit", "HOUR")
                .param("education", "HIGH_SCHOOL")
                .param("experience", "1")
                .param("applyOnPortal", "true")
                .param("applyUrl", "https://example.org/apply")
                .param("closingDate", JobPostingRules.today(clock).plusDays(30).toString())
                .exchange();
    }

    static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aRefusedPostingAnswers422WithMessagesNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
        MvcTestResult result = submit(employer, "35", "Kept Title Coordinator");
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        Document page = html(result);
        assertThat(page.select("#payMin").attr("value")).isEqualTo("35");
        assertThat(page.select("#title").attr("value")).isEqualTo("Kept Title Coordinator");
        assertThat(page.select("#payMin-error").text()).isEqualTo("The minimum is above the maximum.");
        assertThat(page.select(".error-summary a[href=#payMin]")).isNotEmpty();
        assertThat(page.select("#schedules-EVENINGS").hasAttr("checked")).isTrue();
    }

    @Test
    void anEmployerDraftsAndPublishesAPosting() throws Exception {
        assertThat(mvc.get().uri("/employer/jobs/new").with(employer).exchange())
                .hasStatusOk();
        assertThat(submit(employer, "24", "Ocelot Care Coordinator")).hasStatus(HttpStatus.FOUND);
        long id = jdbc.queryForObject(
                "select id from job_posting where employer_id = ? and title = ?",
                Long.class,
                org.id(),
                "Ocelot Care Coordinator");
        assertThat(mvc.get().uri("/jobs/" + id).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        Document list = html(mvc.get().uri("/employer/jobs").with(employer).exchange());
        assertThat(list.text()).contains("Ocelot Care Coordinator", "Draft (not public)");
        assertThat(mvc.get()
                        .uri("/employer/jobs/" + id + "/edit")
                        .with(employer)
                        .exchange())
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/employer/jobs/" + id + "/publish")
                        .with(employer)
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/jobs/" + id).exchange()).hasStatusOk();
        // a published posting's editor shows its closing date as fixed and sends to Renew
        Document published = html(
                mvc.get().uri("/employer/jobs/" + id + "/edit").with(employer).exchange());
        assertThat(published.select("input[name=closingDate]")).isEmpty();
        assertThat(published.select("#closing-date-fixed time").attr("datetime"))
                .isEqualTo(JobPostingRules.today(clock).plusDays(30).toString());
        assertThat(published.select("#closing-date-fixed").text()).contains("Renew");
        assertThat(mvc.post()
                        .uri("/employer/jobs/" + id + "/close")
                        .param("reason", "FILLED")
                        .with(employer)
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(editor.own(org.id(), id).status()).isEqualTo(JobStatus.CLOSED);
        assertThat(mvc.get().uri("/jobs/" + id).exchange()).hasStatus(HttpStatus.GONE);
    }

    @Test
    void anUnverifiedOrganizationIsToldWhatItWaitsFor() throws Exception {
        org = TestPostings.organization(jdbc, "PENDING", "12207", 42.65, -73.75);
        employer = employerOf(org);
        assertThat(submit(employer, "24", "Pending Care Coordinator")).hasStatus(HttpStatus.FOUND);
        long id = jdbc.queryForObject("select id from job_posting where employer_id = ?", Long.class, org.id());
        MvcTestResult publish = mvc.post()
                .uri("/employer/jobs/" + id + "/publish")
                .with(employer)
                .with(csrf())
                .exchange();
        assertThat(publish).hasStatus(HttpStatus.FOUND);
        Document list = html(mvc.get().uri("/employer/jobs").with(employer).exchange());
        assertThat(list.text()).contains("not verified yet");
        assertThat(mvc.get().uri("/jobs/" + id).exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anotherOrganizationsPostingShowsNothingAndCannotBeChanged() throws Exception {
        TestPostings.Org other = TestPostings.albany(jdbc);
        JobEditor.Saved theirs = editor.createDraft(
                other.id(), TestPostings.input(other, clock, "Secret Other Coordinator", "24", "28", "HOUR", 30));
        long id = theirs.id();
        MvcTestResult edit =
                mvc.get().uri("/employer/jobs/" + id + "/edit").with(employer).exchange();
        assertThat(edit).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(edit.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Secret Other");
        for (String action : new String[] {"publish", "close", "renew"}) {
            assertThat(mvc.post()
                            .uri("/employer/jobs/" + id + "/" + action)
                            .with(employer)
                            .with(csrf())
                            .exchange())
                    .as(action)
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(html(mvc.get().uri("/employer/jobs").with(employer).exchange())
                        .text())
                .doesNotContain("Secret Other");
        assertThat(editor.own(other.id(), id).status()).isEqualTo(JobStatus.DRAFT);
    }

    @Test
    void aClosedSiteCannotBeChosenAndItsPostingsEditorSaysSo() throws Exception {
        JobEditor.Saved saved = editor.createDraft(
                org.id(), TestPostings.input(org, clock, "Closed Site Coordinator", "24", "28", "HOUR", 30));
        jdbc.update("update employer_site set closed_at = current_timestamp where id = ?", org.siteId());

        MvcTestResult refused = submit(employer, "24", "New Closed Site Coordinator");
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(html(refused).select("#site-error").text()).contains("Choose one of your open sites.");
        Document edit = html(mvc.get()
                .uri("/employer/jobs/" + saved.id() + "/edit")
                .with(employer)
                .exchange());
        assertThat(edit.select("#site-error").text()).contains("A site you closed can take no posting");
        assertThat(edit.select("#site option[value=" + org.siteId() + "]")).isEmpty();
    }

    @Test
    void anOrganizationClosesWithItsOwnReasonsOnlyAndTheListSaysWhich() throws Exception {
        long filled = editor.createDraft(
                        org.id(), TestPostings.input(org, clock, "Reason Filled Coordinator", "24", "28", "HOUR", 30))
                .id();
        long forged = editor.createDraft(
                        org.id(), TestPostings.input(org, clock, "Reason Forged Coordinator", "24", "28", "HOUR", 30))
                .id();
        editor.publish(org.id(), filled);
        editor.publish(org.id(), forged);
        Document list = html(mvc.get().uri("/employer/jobs").with(employer).exchange());
        assertThat(list.select("#close-" + filled + "-reason option").eachAttr("value"))
                .containsExactly("FILLED", "WITHDRAWN");

        for (var close : java.util.Map.of(filled, "FILLED", forged, "SUSPENDED").entrySet()) {
            assertThat(mvc.post()
                            .uri("/employer/jobs/" + close.getKey() + "/close")
                            .with(employer)
                            .with(csrf())
                            .param("reason", close.getValue())
                            .exchange())
                    .hasStatus(HttpStatus.FOUND);
        }

        // only staff's suspension closes a posting as SUSPENDED, which verifying again would reopen
        assertThat(editor.own(org.id(), forged).closeReason()).isEqualTo(CloseReason.WITHDRAWN);
        Document after = html(mvc.get().uri("/employer/jobs").with(employer).exchange());
        assertThat(after.text()).contains("Closed: filled", "Closed: withdrawn");
    }

    @Test
    void aSuspendedOrganizationIsSentToThePortalStartPage() {
        TestPostings.Org suspended = TestPostings.organization(jdbc, "SUSPENDED", "12207", 42.65, -73.75);
        RequestPostProcessor member = employerOf(suspended);
        assertThat(mvc.get().uri("/employer/jobs").with(member).exchange()).hasRedirectedUrl("/employer");
        assertThat(mvc.get().uri("/employer/jobs/new").with(member).exchange()).hasRedirectedUrl("/employer");
        assertThat(submit(member, "24", "Suspended Coordinator")).hasRedirectedUrl("/employer");
        assertThat(jdbc.queryForObject(
                        "select count(*) from job_posting where employer_id = ?", Long.class, suspended.id()))
                .isZero();
    }

    @Test
    void aSeekerCannotPost() {
        RequestPostProcessor seeker = user(new TestAccounts(accounts, encoder).seeker("Seeker"));
        assertThat(submit(seeker, "24", "Seeker Posting")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/employer/jobs").with(seeker).exchange()).hasStatus(HttpStatus.FORBIDDEN);
    }
}
