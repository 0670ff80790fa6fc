package org.healthcareershub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerSearch;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * {@link PlainText} at work in the forms, searches and pages: control and text-direction characters are
 * refused with the field's message, never stored or mailed, read as spaces in a search, and never shown raw.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@AutoConfigureMockMvc
@Tag("db")
class PlainTextFormsTests {

    static final String CHARACTER = "This contains a character that cannot be used (such as a control or"
            + " text-direction character). Remove it and try again.";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    static final AtomicInteger CLIENT = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmployerDirectory directory;

    @Autowired
    TestAccounts accounts;

    MvcTestResult signUp(String name, String email, String password) {
        return mvc.post()
                .uri("/sign-up")
                .with(csrf())
                .with(fromNewAddress())
                .param("accountType", "seeker")
                .param("name", name)
                .param("email", email)
                .param("password", password)
                .exchange();
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor fromNewAddress() {
        int n = CLIENT.incrementAndGet();
        return request -> {
            request.setRemoteAddr("10.88." + (n / 250) + "." + (n % 250 + 1));
            return request;
        };
    }

    static String email() {
        return "plain." + UUID.randomUUID() + "@example.com";
    }

    int accountsWith(String email) {
        return jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email);
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSignUpWithNulInTheNameIsRefusedExplainedAndKeptWithoutTheRawByte() {
        String email = email();
        MvcTestResult result = signUp("Ana\u0000Example", email, TestAccounts.PASSWORD);

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        String html = body(result);
        assertThat(html).doesNotContain("\u0000");
        Document page = Jsoup.parse(html);
        assertThat(page.select("#name-error").text()).isEqualTo(CHARACTER);
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#name");
        assertThat(page.select("#name").val()).isEqualTo("Ana\uFFFDExample");
        assertThat(page.select("#email").val()).isEqualTo(email);
        assertThat(accountsWith(email)).isZero();
    }

    @Test
    void aTextDirectionOverrideInANameIsRefused() {
        String email = email();
        MvcTestResult result = signUp("\u202Eelpmaxe", email, TestAccounts.PASSWORD);

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Jsoup.parse(body(result)).select("#name-error").text()).isEqualTo(CHARACTER);
        assertThat(accountsWith(email)).isZero();
    }

    @Test
    void aNameInRightToLeftScriptWithItsMarksIsAccepted() {
        String email = email();
        assertThat(signUp("דוד כהן\u200F", email, TestAccounts.PASSWORD)).hasStatus3xxRedirection();
        assertThat(accountsWith(email)).isOne();
    }

    @Test
    void aPasswordWithNulIsRefusedWithItsOwnMessage() {
        String email = email();
        MvcTestResult result = signUp("Ana Example", email, "correct horse\u0000battery staple");

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Jsoup.parse(body(result)).select("#password-error").text())
                .isEqualTo("The password contains a null character, which cannot be used. Remove it and try again.");
        assertThat(accountsWith(email)).isZero();
    }

    String employerSlug() {
        return directory
                .search(new EmployerSearch(null, null, null, null, null, 25, 1, 1))
                .hits()
                .get(0)
                .slug();
    }

    MvcTestResult contact(String slug, String name, String email, String message) {
        return mvc.post()
                .uri("/employers/" + slug + "/contact")
                .with(csrf())
                .with(fromNewAddress())
                .param("name", name)
                .param("email", email)
                .param("phone", "")
                .param("career", "")
                .param("message", message)
                .param("website", "")
                .exchange();
    }

    int contactRequestsFrom(String email) {
        return jdbc.queryForObject(
                "select count(*) from employer_contact_request where email = ?", Integer.class, email);
    }

    @Test
    void aContactNameWithALineBreakIsRefusedAndNothingIsMailed() throws Exception {
        String email = email();
        MvcTestResult result = contact(
                employerSlug(), "Ana\r\nBcc: victim@example.net", email, "I would like to hear about openings.");

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = Jsoup.parse(body(result));
        assertThat(page.select("#contact-name-error").text())
                .isEqualTo("This takes a single line: remove the line break and try again.");
        assertThat(page.select("#contact-message").text()).isEqualTo("I would like to hear about openings.");
        assertThat(contactRequestsFrom(email)).isZero();
        // another test's accepted message may still arrive (its mail leaves on another thread): none is ours
        greenMail.waitForIncomingEmail(1_000, 1);
        for (jakarta.mail.internet.MimeMessage message : greenMail.getReceivedMessages()) {
            assertThat(java.util.Arrays.toString(message.getAllRecipients()))
                    .doesNotContain(email)
                    .doesNotContain("victim@example.net");
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(message))
                    .doesNotContain("Bcc: victim");
        }
    }

    @Test
    void aContactMessageKeepsItsLinesButNotAControlCharacter() {
        String slug = employerSlug();
        String refusedEmail = email();
        MvcTestResult refused = contact(slug, "Ana Example", refusedEmail, "Hello,\r\nI am \u0007interested.");
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Jsoup.parse(body(refused)).select("#contact-message-error").text())
                .isEqualTo(CHARACTER);
        assertThat(contactRequestsFrom(refusedEmail)).isZero();

        MvcTestResult accepted =
                contact(slug, "Ana Example", email(), "Hello,\r\nI am interested.\r\n\r\nThank you,\r\nAna");
        assertThat(accepted).hasStatus3xxRedirection();
    }

    @Test
    void searchWordsAndPlacesReadControlCharactersAsSpacesAndNeverEchoThem() {
        MvcTestResult trainings = mvc.get()
                .uri("/trainings?q={q}&near={near}", "care\u0000coordination\u202E", "12207\n")
                .exchange();
        assertThat(trainings).hasStatusOk();
        String html = body(trainings);
        assertThat(html).doesNotContain("\u0007").doesNotContain("\u202E");
        Document page = Jsoup.parse(html);
        assertThat(page.select("#q").val()).isEqualTo("care coordination");
        assertThat(page.select("#near").val()).isEqualTo("12207");
        assertThat(page.select("#near-error")).isEmpty();

        MvcTestResult employers = mvc.get()
                .uri("/employers?q={q}&near={near}", "health\u0001home", "Albany,\tNY")
                .exchange();
        assertThat(employers).hasStatusOk();
        Document directory = Jsoup.parse(body(employers));
        assertThat(directory.select("#q").val()).isEqualTo("health home");
        assertThat(directory.select("#near-error")).isEmpty();

        assertThat(mvc.get().uri("/api/v1/trainings?q={q}", "care\u0000").exchange())
                .hasStatusOk();
    }

    @Test
    void theStaffAccountListShowsAStoredNameWithAControlCharacterWithoutTheRawByte() {
        String marker = "Stored" + UUID.randomUUID().toString().substring(0, 8);
        // BEL rather than NUL: PostgreSQL refuses NUL in text, H2 takes both, and the page treats them alike
        accounts.create(Role.SEEKER, marker + "\u0007Name\u202E");

        MvcTestResult result = mvc.get()
                .uri("/admin/accounts?q={q}", marker)
                .with(user(accounts.admin().signedIn()))
                .exchange();

        assertThat(result).hasStatusOk();
        String html = body(result);
        assertThat(html).doesNotContain("\u0007").doesNotContain("\u202E");
        assertThat(Jsoup.parse(html).select("#accounts tbody th").text()).contains(marker + "\uFFFDName\uFFFD");
    }
}
