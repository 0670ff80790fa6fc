package org.healthcareershub.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.jobs.domain.JobPosting;
import org.healthcareershub.jobs.domain.JobPostings;
import org.healthcareershub.web.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A posting's life on a clock the test moves: draft, publish (only when verified), the week-ahead reminder
 * (once, received by GreenMail), expiry by the scheduled job's method, renewal and closing.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3931", "hub.jobs.schedule-delay=PT1H"})
@AutoConfigureMockMvc
@Tag("db")
class JobLifecycleTests {

    @Autowired
    MockMvcTester mvc;

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(3931, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    JobEditor editor;

    @Autowired
    JobBoard board;

    @Autowired
    MovableClock clock;

    @Autowired
    Clock anyClock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmployerRegistration registration;

    @Autowired
    JobPostings postings;

    long draft(TestPostings.Org org, String title, int days) {
        JobEditor.Saved saved =
                editor.createDraft(org.id(), TestPostings.input(org, clock, title, "24", "28", "HOUR", days));
        assertThat(saved.errors().asMap()).isEmpty();
        return saved.id();
    }

    boolean inSearch(String title) {
        return board
                .search(new JobSearch(title, null, null, null, null, null, null, null, null, 25, null, 1, 50))
                .hits()
                .stream()
                .anyMatch(h -> h.title().equals(title));
    }

    @Test
    void theAppReadsTheMovableClock() {
        assertThat(anyClock).isSameAs(clock);
    }

    @Test
    void aDraftIsSeenByNobodyUntilPublished() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = draft(org, "Quokka Draft Coordinator", 30);
        assertThatThrownBy(() -> board.view(id)).isInstanceOf(JobNotFoundException.class);
        assertThat(inSearch("Quokka Draft Coordinator")).isFalse();
        assertThat(editor.publish(org.id(), id)).isEqualTo(JobEditor.Publication.PUBLISHED);
        assertThat(board.view(id).gone()).isFalse();
        assertThat(inSearch("Quokka Draft Coordinator")).isTrue();
        assertThat(editor.publish(org.id(), id)).isEqualTo(JobEditor.Publication.NOT_A_DRAFT);
    }

    @Test
    void onlyAVerifiedOrganizationPublishes() {
        TestPostings.Org pending = TestPostings.organization(jdbc, "PENDING", "12207", 42.65, -73.75);
        long id = draft(pending, "Pending Org Coordinator", 30);
        assertThat(editor.publish(pending.id(), id)).isEqualTo(JobEditor.Publication.NOT_VERIFIED);
        assertThatThrownBy(() -> board.view(id)).isInstanceOf(JobNotFoundException.class);
    }

    @Test
    void anotherOrganizationsPostingIsNotFound() {
        TestPostings.Org owner = TestPostings.albany(jdbc);
        TestPostings.Org other = TestPostings.albany(jdbc);
        long id = draft(owner, "Owned Coordinator", 30);
        assertThatThrownBy(() -> editor.publish(other.id(), id)).isInstanceOf(JobNotFoundException.class);
        assertThatThrownBy(() -> editor.own(other.id(), id)).isInstanceOf(JobNotFoundException.class);
        assertThatThrownBy(() -> editor.close(other.id(), id, CloseReason.FILLED))
                .isInstanceOf(JobNotFoundException.class);
    }

    @Test
    void remindsOnceAWeekBeforeClosingThenExpiresAndLeavesSearchAtOnce() throws Exception {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = draft(org, "Wombat Reminder Coordinator", 10);
        editor.publish(org.id(), id);

        editor.remindDue();
        assertThat(mailTo(org.email())).isEmpty();

        clock.advance(Duration.ofDays(3));
        editor.remindDue();
        editor.remindDue();
        MimeMessage[] reminders = mailTo(org.email());
        assertThat(reminders).hasSize(1);
        assertThat(reminders[0].getSubject()).contains("Wombat Reminder Coordinator");
        // the organization's address has no language: English, then Spanish
        assertThat(reminders[0].getSubject()).contains("closes on", " / ", "cierra el");
        String text = (String) reminders[0].getContent();
        assertThat(text).contains("Spanish version below.", "If it is still open, renew it", "Si sigue abierta");
        assertThat(text.indexOf("If it is still open")).isLessThan(text.indexOf("Si sigue abierta"));
        assertThat(GreenMailUtil.getBody(reminders[0])).contains("/jobs/" + id);
        assertThat(GreenMailUtil.getBody(reminders[0]))
                .contains("/employer/jobs")
                .doesNotContain("/employer/jobs/" + id);
        assertThat(mvc.get().uri("/employer/jobs").exchange()).hasStatus(HttpStatus.FOUND);

        clock.advance(Duration.ofDays(7));
        assertThat(inSearch("Wombat Reminder Coordinator")).isTrue();
        clock.advance(Duration.ofDays(1));
        // Past its closing date the posting is out of search and gone before the job has run.
        assertThat(inSearch("Wombat Reminder Coordinator")).isFalse();
        assertThat(board.view(id).gone()).isTrue();
        assertThat(editor.expireDue()).isGreaterThanOrEqualTo(1);
        assertThat(board.view(id).status()).isEqualTo(JobStatus.EXPIRED);
        assertThat(board.openIds()).doesNotContain(id);
        assertThat(mvc.get().uri("/jobs/" + id).exchange()).hasStatus(HttpStatus.GONE);
        assertThat(mvc.get().uri("/api/v1/jobs/" + id).exchange()).hasStatus(HttpStatus.GONE);
        assertThat(mvc.get()
                        .uri("/api/v1/jobs?q=wombat")
                        .exchange()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Wombat Reminder Coordinator");
        assertThat(mvc.get()
                        .uri("/jobs/feed.atom?q=wombat")
                        .exchange()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("/jobs/" + id + "<");
        assertThat(mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsString())
                .doesNotContain("/jobs/" + id + "<");

        assertThat(editor.renew(org.id(), id, JobPostingRulesDates.inDays(clock, 91))
                        .get("closingDate")
                        .key())
                .isEqualTo("jobs.error.closingDate.tooFar");
        assertThat(editor.renew(org.id(), id, JobPostingRulesDates.inDays(clock, 30))
                        .isEmpty())
                .isTrue();
        assertThat(board.view(id).gone()).isFalse();
        assertThat(inSearch("Wombat Reminder Coordinator")).isTrue();
        assertThat(mailTo(org.email())).hasSize(1);
    }

    @Test
    void aClosedPostingIsGoneAndSaysWhy() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = draft(org, "Numbat Closing Coordinator", 30);
        editor.publish(org.id(), id);
        editor.close(org.id(), id, CloseReason.FILLED);
        JobView view = board.view(id);
        assertThat(view.gone()).isTrue();
        assertThat(view.closeReason()).isEqualTo(CloseReason.FILLED);
        assertThat(inSearch("Numbat Closing Coordinator")).isFalse();
        assertThat(editor.renew(org.id(), id, JobPostingRulesDates.inDays(clock, 30))
                        .get("closingDate")
                        .key())
                .isEqualTo("jobs.error.renew.notRenewable");
    }

    @Test
    void aClosedDraftWasNeverPublicSoItIsNotFound() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = draft(org, "Closed Draft Coordinator", 30);
        editor.close(org.id(), id, CloseReason.WITHDRAWN);
        assertThatThrownBy(() -> board.view(id)).isInstanceOf(JobNotFoundException.class);
    }

    @Test
    void suspendingAnOrganizationTakesItsPostingsDownAndRefusesItsWrites() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long published = draft(org, "Wombat Suspended Coordinator", 30);
        long drafted = draft(org, "Wombat Suspended Draft", 30);
        editor.publish(org.id(), published);
        assertThat(inSearch("Wombat Suspended Coordinator")).isTrue();

        registration.suspend(org.id());

        assertThat(board.view(published).gone()).isTrue();
        assertThat(inSearch("Wombat Suspended Coordinator")).isFalse();
        assertThat(board.openIds()).doesNotContain(published);
        assertThatThrownBy(() -> editor.createDraft(
                        org.id(), TestPostings.input(org, clock, "Wombat Again", "24", "28", "HOUR", 30)))
                .isInstanceOf(OrganizationSuspendedException.class);
        assertThatThrownBy(() -> editor.update(
                        org.id(), drafted, TestPostings.input(org, clock, "Wombat Edit", "24", "28", "HOUR", 30)))
                .isInstanceOf(OrganizationSuspendedException.class);
        assertThatThrownBy(() -> editor.close(org.id(), drafted, CloseReason.WITHDRAWN))
                .isInstanceOf(OrganizationSuspendedException.class);
        assertThatThrownBy(() -> editor.renew(org.id(), published, JobPostingRulesDates.inDays(clock, 30)))
                .isInstanceOf(OrganizationSuspendedException.class);
    }

    @Test
    void verifyingASuspendedOrganizationAgainBringsBackThePostingsItsSuspensionClosed() throws Exception {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long open = draft(org, "Kowari Back Coordinator", 30);
        long shortLived = draft(org, "Kowari Short Coordinator", 3);
        long filled = draft(org, "Kowari Filled Coordinator", 30);
        long drafted = draft(org, "Kowari Draft Coordinator", 30);
        for (long id : new long[] {open, shortLived, filled}) {
            editor.publish(org.id(), id);
        }
        editor.close(org.id(), filled, CloseReason.FILLED);

        registration.suspend(org.id());

        assertThat(board.view(open).closeReason()).isEqualTo(CloseReason.SUSPENDED);
        assertThat(board.view(shortLived).closeReason()).isEqualTo(CloseReason.SUSPENDED);
        assertThat(board.view(filled).closeReason()).isEqualTo(CloseReason.FILLED);
        var gone = mvc.get().uri("/jobs/" + open).exchange();
        assertThat(gone).hasStatus(HttpStatus.GONE);
        assertThat(gone.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("not listed in the employer directory")
                .doesNotContain("href=\"/employers/" + org.slug());
        assertThat(mvc.get()
                        .uri("/jobs/" + filled)
                        .exchange()
                        .getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("has been filled");
        assertThat(jdbc.queryForObject("select close_reason from job_posting where id = ?", String.class, open))
                .isEqualTo("SUSPENDED");

        clock.advance(Duration.ofDays(5));
        try {
            registration.verify(org.id());

            assertThat(board.view(open).status()).isEqualTo(JobStatus.PUBLISHED);
            assertThat(board.view(open).closeReason()).isNull();
            assertThat(board.view(open).gone()).isFalse();
            assertThat(inSearch("Kowari Back Coordinator")).isTrue();
            assertThat(board.openIds()).contains(open);
            // its closing date passed while it was down: expired, and the organization may renew it
            assertThat(board.view(shortLived).status()).isEqualTo(JobStatus.EXPIRED);
            assertThat(inSearch("Kowari Short Coordinator")).isFalse();
            // what the organization closed itself stays closed; a draft stays a draft
            assertThat(board.view(filled).status()).isEqualTo(JobStatus.CLOSED);
            assertThat(board.view(filled).closeReason()).isEqualTo(CloseReason.FILLED);
            assertThat(editor.own(org.id(), drafted).status()).isEqualTo(JobStatus.DRAFT);
            assertThat(editor.renew(org.id(), shortLived, JobPostingRulesDates.inDays(clock, 30))
                            .isEmpty())
                    .isTrue();
            assertThat(inSearch("Kowari Short Coordinator")).isTrue();
        } finally {
            clock.advance(Duration.ofDays(-5));
        }
    }

    @Test
    void editingAPublishedPostingKeepsItsClosingDateAndClosedOnesAreNotEdited() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = draft(org, "Bilby Dated Coordinator", 30);
        editor.publish(org.id(), id);
        java.time.LocalDate closing = editor.own(org.id(), id).closingDate();

        JobEditor.Saved saved = editor.update(
                org.id(), id, TestPostings.input(org, clock, "Bilby Dated Coordinator II", "24", "28", "HOUR", 80));

        assertThat(saved.errors().asMap()).isEmpty();
        assertThat(editor.own(org.id(), id).closingDate()).isEqualTo(closing);
        assertThat(editor.own(org.id(), id).title()).isEqualTo("Bilby Dated Coordinator II");
        editor.close(org.id(), id, CloseReason.FILLED);
        assertThat(editor.update(org.id(), id, TestPostings.input(org, clock, "Bilby Reopened", "24", "28", "HOUR", 30))
                        .errors()
                        .get("title")
                        .key())
                .isEqualTo("jobs.error.update.notEditable");
        assertThat(editor.own(org.id(), id).title()).isEqualTo("Bilby Dated Coordinator II");
    }

    @Test
    void aStaleCopyOfAPostingCannotOverwriteTheEmployersLaterChange() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = draft(org, "Dingo Versioned Coordinator", 30);
        editor.publish(org.id(), id);
        JobPosting stale = postings.findById(id).orElseThrow();

        editor.close(org.id(), id, CloseReason.FILLED);

        stale.expire(clock.instant());
        assertThatThrownBy(() -> postings.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(board.view(id).closeReason()).isEqualTo(CloseReason.FILLED);
    }

    @Test
    void theScheduleLeavesAPostingAnEmployerRenewedAlone() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = draft(org, "Dingo Renewed Coordinator", 3);
        editor.publish(org.id(), id);
        clock.advance(Duration.ofDays(5));
        try {
            assertThat(editor.renew(org.id(), id, JobPostingRulesDates.inDays(clock, 30))
                            .isEmpty())
                    .isTrue();
            editor.expireDue();
            assertThat(board.view(id).gone()).isFalse();
            assertThat(jdbc.queryForObject("select version from job_posting where id = ?", Long.class, id))
                    .isPositive();
        } finally {
            clock.advance(Duration.ofDays(-5));
        }
    }

    MimeMessage[] mailTo(String address) {
        return TestPostings.mailTo(greenMail, address);
    }

    /** A renewal date as the form sends it. */
    static final class JobPostingRulesDates {
        static String inDays(Clock clock, int days) {
            return org.healthcareershub.jobs.domain.JobPostingRules.today(clock)
                    .plusDays(days)
                    .toString();
        }
    }
}
