package org.healthcareershub.employers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.VerificationQueue;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.employers.domain.EmployerPortal;
import org.healthcareershub.identity.AccountDeleted;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contact requests in the employer portal: the organization's delivered requests only, newest first and
 * paged, with the sender's details; marked answered and unanswered; another organization's (or an
 * unconfirmed) request is not found; a suspended organization is sent to the portal's home.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
@ExtendWith(OutputCaptureExtension.class)
class PortalContactRequestTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    EmployerRegistration registration;

    @Autowired
    VerificationQueue queue;

    @Autowired
    EmployerPortal portal;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    long employerId;
    Account account;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void organization() {
        employerId = registration.registerPending("Requests Org " + UUID.randomUUID(), null, "hr@requests.example.net");
        registration.verify(employerId);
        account = testAccounts.create(Role.EMPLOYER, "Rita Requests", true, employerId, "en");
    }

    RequestPostProcessor me() {
        return user(account.signedIn());
    }

    /** A request to {@code employer} as the contact form stores it; returns its id. */
    long request(long employer, String name, String email, String status, Instant sentAt) {
        jdbc.update(
                "insert into employer_contact_request (employer_id, name, email, phone, career, message, created_at,"
                        + " status, sent_at, expires_at) values (?,?,?,?,?,?,?,?,?,?)",
                employer,
                name,
                email,
                "(518) 555-0142",
                "care-coordination-and-care-management",
                "Hello from " + name + ", I would like to hear about openings.",
                Timestamp.from(sentAt),
                status,
                status.equals("SENT") ? Timestamp.from(sentAt) : null,
                status.equals("SENT") ? null : Timestamp.from(sentAt.plusSeconds(3600)));
        return jdbc.queryForObject(
                "select max(id) from employer_contact_request where employer_id = ? and email = ?",
                Long.class,
                employer,
                email);
    }

    static String sender(String who) {
        return who + "." + UUID.randomUUID() + "@example.com";
    }

    static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    Document page(String path) {
        MvcTestResult result = mvc.get().uri(path).with(me()).exchange();
        assertThat(result).hasStatusOk();
        return html(result);
    }

    MvcTestResult mark(long requestId, String how) {
        return mvc.post()
                .uri("/employer/contact-requests/" + requestId + "/" + how)
                .param("page", "1")
                .with(me())
                .with(csrf())
                .exchange();
    }

    @Test
    void listsTheDeliveredRequestsNewestFirstWithTheSendersDetailsButNeverAnUnconfirmedOne() {
        String older = sender("olga");
        String newer = sender("nico");
        long first = request(employerId, "Olga Older", older, "SENT", now.minusSeconds(7200));
        long second = request(employerId, "Nico Newer", newer, "SENT", now.minusSeconds(60));
        request(employerId, "Pia Pending", sender("pia"), "PENDING", now);

        Document home = page("/employer");
        assertThat(home.select("nav a.choice[href=/employer/contact-requests]").text())
                .contains("Contact requests", "2 messages wait for an answer.");

        Document list = page("/employer/contact-requests");
        assertThat(list.select("#requests > li").eachAttr("id"))
                .containsExactly("request-" + second, "request-" + first);
        Element card = list.selectFirst("#request-" + second);
        assertThat(card.select("h2").text()).isEqualTo("Nico Newer");
        assertThat(card.select("a[href^='mailto:']").attr("href")).isEqualTo("mailto:" + newer);
        assertThat(card.select("a[href^='tel:']").text()).isEqualTo("(518) 555-0142");
        assertThat(card.text())
                .contains("Care Coordination", "Hello from Nico Newer", "Waiting for an answer")
                .doesNotContain("care-coordination-and-care-management");
        assertThat(card.select("form").attr("action"))
                .isEqualTo("/employer/contact-requests/" + second + "/answered?page=1");
        assertThat(card.select("form input[name=_csrf]")).isNotEmpty();
        assertThat(list.text()).doesNotContain("Pia Pending");
    }

    @Test
    void marksARequestAnsweredAndUnansweredAndTheCountFollows(CapturedOutput output) {
        String email = sender("ana");
        long id = request(employerId, "Ana Answered", email, "SENT", now);

        assertThat(mark(id, "answered"))
                .hasStatus(302)
                .hasRedirectedUrl("/employer/contact-requests?page=1#request-" + id);
        Document list = page("/employer/contact-requests");
        assertThat(list.select("#request-" + id + " .badge").text()).startsWith("Answered on");
        assertThat(list.select("#request-" + id + " form").attr("action")).contains("/unanswered");
        assertThat(list.select("#unanswered").text()).isEqualTo("No message waits for an answer.");
        assertThat(portal.unansweredContactRequests(employerId)).isZero();
        Instant answeredAt = jdbc.queryForObject(
                        "select answered_at from employer_contact_request where id = ?", Timestamp.class, id)
                .toInstant();

        // marking it again keeps the first date
        mark(id, "answered");
        assertThat(jdbc.queryForObject(
                                "select answered_at from employer_contact_request where id = ?", Timestamp.class, id)
                        .toInstant())
                .isEqualTo(answeredAt);

        assertThat(mark(id, "unanswered")).hasStatus(302);
        assertThat(page("/employer/contact-requests")
                        .select("#request-" + id + " .badge")
                        .text())
                .isEqualTo("Waiting for an answer");
        assertThat(portal.unansweredContactRequests(employerId)).isOne();
        // the log names ids, never the sender
        assertThat(output.getAll())
                .contains("Contact request " + id + " marked answered by employer " + employerId)
                .doesNotContain(email)
                .doesNotContain("Ana Answered");
    }

    @Test
    void anotherOrganizationsRequestOrAnUnconfirmedOneIsNotFoundAndStaysAsItWas() throws Exception {
        long other = registration.registerPending("Other Requests Org " + UUID.randomUUID(), null, "o@example.net");
        registration.verify(other);
        long theirs = request(other, "Theo Theirs", sender("theo"), "SENT", now);
        long pending = request(employerId, "Pia Pending", sender("pia"), "PENDING", now);

        for (long id : new long[] {theirs, pending}) {
            for (String how : new String[] {"answered", "unanswered"}) {
                MvcTestResult result = mark(id, how);
                assertThat(result).hasStatus(404);
                assertThat(result.getResponse().getContentAsString()).doesNotContain("Theo Theirs");
            }
            assertThat(jdbc.queryForObject(
                            "select count(*) from employer_contact_request where id = ? and answered_at is null",
                            Integer.class,
                            id))
                    .isOne();
        }
        assertThat(page("/employer/contact-requests").text()).doesNotContain("Theo Theirs");
    }

    @Test
    void aSuspendedOrganizationIsSentToThePortalsHome() {
        long id = request(employerId, "Sam Suspended", sender("sam"), "SENT", now);
        queue.suspend(employerId);
        assertThat(mvc.get().uri("/employer/contact-requests").with(me()).exchange())
                .hasStatus(302)
                .hasRedirectedUrl("/employer");
        assertThat(mark(id, "answered")).hasRedirectedUrl("/employer");
        assertThat(portal.unansweredContactRequests(employerId)).isOne();
    }

    @Test
    void aPendingOrganizationSeesThatNoOneWroteYet() {
        long pendingOrg = registration.registerPending("Pending Requests Org " + UUID.randomUUID(), null, null);
        Account pendingAccount = testAccounts.create(Role.EMPLOYER, "Pat Pending", true, pendingOrg, "en");
        MvcTestResult result = mvc.get()
                .uri("/employer/contact-requests")
                .with(user(pendingAccount.signedIn()))
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(html(result).select(".empty").text()).contains("No one has sent your organization a message yet");
    }

    @Test
    void pagesTwentyRequestsAtATimeAndReadsAnyPageNumberSafely() {
        for (int i = 0; i < 23; i++) {
            request(employerId, "Sender " + i, sender("s" + i), "SENT", now.minusSeconds(1000L - i));
        }
        Document first = page("/employer/contact-requests");
        assertThat(first.select("#requests > li")).hasSize(20);
        assertThat(first.select("#requests > li h2").first().text()).isEqualTo("Sender 22");
        assertThat(first.select("nav.pagination a").eachText()).containsExactly("1", "2");
        assertThat(page("/employer/contact-requests?page=2")
                        .select("#requests > li h2")
                        .eachText())
                .containsExactly("Sender 2", "Sender 1", "Sender 0");
        for (String odd : new String[] {"abc", "-1", "0", "99999999999"}) {
            assertThat(page("/employer/contact-requests?page=" + odd)
                            .select("#requests > li h2")
                            .first()
                            .text())
                    .as(odd)
                    .isEqualTo("Sender 22");
        }
        // past the last page: the last page there is
        assertThat(page("/employer/contact-requests?page=9").select("#requests > li"))
                .hasSize(3);
    }

    @Test
    void aRequestLeavesTheListWhenItsSenderDeletesTheirAccount() {
        String leaving = sender("lea");
        request(employerId, "Lea Leaving", leaving, "SENT", now);
        assertThat(page("/employer/contact-requests").text()).contains("Lea Leaving");

        transactions.executeWithoutResult(
                status -> events.publishEvent(new AccountDeleted(99L, leaving, true, null, null)));

        assertThat(page("/employer/contact-requests").text()).doesNotContain("Lea Leaving");
        assertThat(portal.unansweredContactRequests(employerId)).isZero();
    }
}
