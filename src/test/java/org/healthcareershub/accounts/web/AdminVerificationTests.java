package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.accounts.domain.AuditEntries;
import org.healthcareershub.accounts.domain.AuditEntry;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.employers.EmployerSearch;
import org.healthcareershub.employers.VerificationState;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The verification queue end to end: decisions change what the directory shows, are recorded in the
 * audit log, and reach the organization's accounts by email (a real SMTP server, GreenMail, receives
 * them). The port differs from the contact form tests' so test runs in other checkouts do not collide.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3325"})
@AutoConfigureMockMvc
@Tag("db")
class AdminVerificationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3325, "127.0.0.1", "smtp"));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    EmployerRegistration registration;

    @Autowired
    EmployerDirectory directory;

    @Autowired
    AuditEntries audit;

    record Signup(long employerId, String name, String email) {}

    static String uniqueWord() {
        StringBuilder word = new StringBuilder("Vo");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    /** An organization that signed up, with its employer account in the given language. */
    Signup signUp(String language) {
        String word = uniqueWord();
        long id = registration.registerPending(word + " Health Network", "https://" + word + ".example.net", null);
        Account account = new TestAccounts(accounts, encoder).create(Role.EMPLOYER, "Dana", true, id, language);
        return new Signup(id, word + " Health Network", account.getEmail());
    }

    RequestPostProcessor admin() {
        return user(new TestAccounts(accounts, encoder).admin().signedIn());
    }

    MvcTestResult decide(Signup signup, String action, String... reason) {
        var request = mvc.post()
                .uri("/admin/accounts/verification/" + signup.employerId() + "/" + action)
                .with(admin())
                .with(csrf());
        if (reason.length > 0) {
            request = request.param("reason", reason[0]);
        }
        return request.exchange();
    }

    List<AuditEntry> auditOf(Signup signup) {
        return audit.findAll().stream()
                .filter(e -> e.getSubject().equals("employer:" + signup.employerId()))
                .toList();
    }

    MimeMessage mailTo(String email) throws Exception {
        for (int tries = 0; tries < 100; tries++) {
            MimeMessage found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> recipient(m).equals(email))
                    .findFirst()
                    .orElse(null);
            if (found != null) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + email);
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long directoryHits(Signup signup) {
        return directory
                .search(new EmployerSearch(signup.name().split(" ")[0], null, null, null, null, 25, 1, 10))
                .total();
    }

    @Test
    void theQueueListsWaitingOrganizationsWithTheirAccounts() throws Exception {
        Signup signup = signUp("en");
        Document page = html(mvc.get()
                .uri("/admin/accounts/verification?page=1000000")
                .with(admin())
                .exchange());
        assertThat(page.select("h1").text()).isEqualTo("Employer verification");
        Document first =
                html(mvc.get().uri("/admin/accounts/verification").with(admin()).exchange());
        assertThat(first.select("#queue caption").text()).contains("waiting");
        assertThat(first.select("#queue th[scope=col]")).isNotEmpty();
        // the queue is oldest first; the new one may be on a later page in a shared database
        int pages = Math.max(1, first.select(".pagination a").size());
        String row = "";
        for (int n = 1; n <= pages && row.isEmpty(); n++) {
            row = html(mvc.get()
                            .uri("/admin/accounts/verification?page=" + n)
                            .with(admin())
                            .exchange())
                    .select("#employer-" + signup.employerId())
                    .text();
        }
        assertThat(row).contains(signup.name()).contains(signup.email());
        assertThat(html(mvc.get().uri("/admin").with(admin()).exchange())
                        .select("a[href=/admin/accounts/verification]"))
                .isNotEmpty();
    }

    @Test
    void verifyingListsTheOrganizationTellsItsAccountsAndIsAudited() throws Exception {
        Signup signup = signUp("en");
        assertThat(directoryHits(signup)).isZero();

        MvcTestResult result = decide(signup, "verify");
        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts/verification");
        assertThat(result.getMvcResult().getFlashMap().get("noticeArg")).isEqualTo(signup.name());

        assertThat(directoryHits(signup)).isEqualTo(1);
        String slug = registration.find(signup.employerId()).orElseThrow().slug();
        assertThat(mvc.get().uri("/employers/" + slug).exchange()).hasStatusOk();
        MimeMessage mail = mailTo(signup.email());
        assertThat(mail.getSubject()).contains("verified");
        assertThat(GreenMailUtil.getBody(mail)).contains("/employers/" + slug);
        assertThat(auditOf(signup)).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("employer.verified");
            assertThat(entry.getActor()).isEqualTo("admin@example.org");
            assertThat(entry.getCreatedAt()).isNotNull();
        });

        assertThat(decide(signup, "suspend")).hasStatus3xxRedirection();
        assertThat(directoryHits(signup)).isZero();
        assertThat(mvc.get().uri("/employers/" + slug).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(auditOf(signup)).extracting(AuditEntry::getAction).contains("employer.suspended");
    }

    @Test
    void rejectingEmailsTheReasonInTheAccountsLanguageAndIsAudited() throws Exception {
        Signup signup = signUp("es");
        Document form = html(mvc.get()
                .uri("/admin/accounts/verification/" + signup.employerId() + "/reject")
                .with(admin())
                .exchange());
        assertThat(form.select("h1").text()).contains(signup.name());
        assertThat(form.select("label[for=reason]")).isNotEmpty();

        MvcTestResult result = decide(signup, "reject", "We could not find this organization's license.");
        assertThat(result).hasStatus3xxRedirection();
        assertThat(registration.find(signup.employerId()).orElseThrow().state()).isEqualTo(VerificationState.REJECTED);

        MimeMessage mail = mailTo(signup.email());
        assertThat(mail.getSubject()).contains("no pudimos verificar");
        assertThat(GreenMailUtil.getBody(mail)).contains("We could not find this organization's license.");
        assertThat(auditOf(signup)).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("employer.rejected");
            assertThat(entry.getDetail()).contains("license");
            assertThat(entry.getSubject()).doesNotContain("@");
        });
        String slug = registration.find(signup.employerId()).orElseThrow().slug();
        assertThat(mvc.get().uri("/employers/" + slug).exchange()).hasStatus(HttpStatus.NOT_FOUND);

        Document rejected = html(mvc.get()
                .uri("/admin/accounts/verification?state=REJECTED&page=1")
                .with(admin())
                .exchange());
        assertThat(rejected.select("#queue caption").text()).contains("Rejected");
    }

    @Test
    void aRejectionWithoutAReasonIsExplainedAndATooLongOneKept() throws Exception {
        Signup signup = signUp("en");
        MvcTestResult blank = decide(signup, "reject", "   ");
        assertThat(blank).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = html(blank);
        assertThat(page.select(".error-summary a[href=#reason]").text()).contains("Enter the reason");
        assertThat(page.select("#reason").attr("aria-invalid")).isEqualTo("true");

        String long_ = "x".repeat(1001);
        Document tooLong = html(decide(signup, "reject", long_));
        assertThat(tooLong.select("#reason-error").text()).contains("1,000");
        assertThat(tooLong.select("#reason").text()).isEqualTo(long_);
        assertThat(registration.find(signup.employerId()).orElseThrow().state()).isEqualTo(VerificationState.PENDING);
        assertThat(auditOf(signup)).isEmpty();
    }

    @Test
    void aDecisionThatNoLongerAppliesIsExplainedAndAnUnknownIdIsNotFound() throws Exception {
        Signup signup = signUp("en");
        assertThat(decide(signup, "verify")).hasStatus3xxRedirection();
        MvcTestResult again = decide(signup, "reject", "Too late");
        assertThat(again.getMvcResult().getFlashMap().get("notice")).isEqualTo("admin.verification.notAllowed");
        assertThat(registration.find(signup.employerId()).orElseThrow().state()).isEqualTo(VerificationState.VERIFIED);

        Signup missing = new Signup(Long.MAX_VALUE / 2, "none", "none@example.net");
        assertThat(decide(missing, "verify")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/admin/accounts/verification/" + missing.employerId() + "/reject")
                        .with(admin())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void decisionsWithoutTheCsrfTokenAreRefused() {
        Signup signup = signUp("en");
        for (String action : List.of("verify", "suspend", "reject")) {
            assertThat(mvc.post()
                            .uri("/admin/accounts/verification/" + signup.employerId() + "/" + action)
                            .with(admin())
                            .param("reason", "No token")
                            .exchange())
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(registration.find(signup.employerId()).orElseThrow().state()).isEqualTo(VerificationState.PENDING);
        assertThat(auditOf(signup)).isEmpty();
    }
}
