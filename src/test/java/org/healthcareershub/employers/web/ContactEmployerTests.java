package org.healthcareershub.employers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerSearch;
import org.healthcareershub.identity.EmailVerification;
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

/** The contact form with a real SMTP server (GreenMail) receiving what the portal sends. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@AutoConfigureMockMvc
@Tag("db")
class ContactEmployerTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EmployerDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    String slug(int index) {
        return directory
                .search(new EmployerSearch(null, null, null, null, null, 25, 1, 20))
                .hits()
                .get(index)
                .slug();
    }

    MvcTestResult post(String slug, String address, String name, String email, String message, String website) {
        return mvc.post()
                .uri("/employers/" + slug + "/contact")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("name", name)
                .param("email", email)
                .param("phone", "(518) 555-0100")
                .param("career", "care-coordination-and-care-management")
                .param("message", message)
                .param("website", website)
                .exchange();
    }

    @Test
    void aConfirmedAccountsRequestGoesToTheEmployerWithACopyToTheSender() throws Exception {
        String slug = slug(0);
        MvcTestResult result = mvc.post()
                .uri("/employers/" + slug + "/contact")
                .with(csrf())
                .with(user("ana@example.com").authorities(() -> "ROLE_SEEKER", () -> EmailVerification.AUTHORITY))
                .with(request -> {
                    request.setRemoteAddr("10.1.0.1");
                    return request;
                })
                .param("name", "Ana Example")
                .param("email", "ana@example.com")
                .param("message", "I would like to learn about care coordinator openings.")
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/employers/" + slug + "#contact");
        assertThat(greenMail.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(Arrays.stream(received).map(m -> address(m))).contains("ana@example.com");
        MimeMessage toEmployer = Arrays.stream(received)
                .filter(m -> address(m).endsWith(".example.org"))
                .findFirst()
                .orElseThrow();
        assertThat(address(toEmployer)).endsWith(".example.org");
        assertThat(toEmployer.getSubject()).contains("Ana Example");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(toEmployer))
                .contains("care coordinator openings");
        // the organization's address has no language: English, then Spanish, and the message once
        assertThat(toEmployer.getSubject()).contains("would like to hear from you", "quiere saber de ustedes");
        String text = (String) toEmployer.getContent();
        assertThat(text)
                .contains("sent you a message", "les envió un mensaje", "/employer/contact-requests")
                .containsOnlyOnce("I would like to learn about care coordinator openings.");
        assertThat(text.indexOf("sent you a message")).isLessThan(text.indexOf("les envió un mensaje"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from employer_contact_request where email = 'ana@example.com'", Integer.class))
                .isEqualTo(1);
        Document page = Jsoup.parse(mvc.get()
                .uri("/employers/" + slug)
                .flashAttr("contacted", "SENT")
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#contact .notice").text()).contains("on its way");
    }

    @Test
    void badFieldsAreExplainedAndKept() throws Exception {
        MvcTestResult result = post(slug(1), "10.1.0.2", "", "not-an-email", "short", "");
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#contact-name-error").text()).isEqualTo("Enter your name.");
        assertThat(page.select("#contact-email-error").text()).contains("email address");
        assertThat(page.select("#contact-message-error").text()).contains("10 and 2,000");
        assertThat(page.select("#contact-email").val()).isEqualTo("not-an-email");
        assertThat(page.select("#contact-message").text()).isEqualTo("short");
        assertThat(page.select("#contact .error-summary li")).hasSize(3);
    }

    @Test
    void anAddressWithANameOrAnIpAddressIsRefusedWithItsReason() throws Exception {
        Document named =
                Jsoup.parse(post(slug(1), "10.1.0.9", "Ana", "Ana <ana@example.com>", "Hello, do you hire?", "")
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(named.select("#contact-email-error").text()).contains("without a name");
        MvcTestResult literal = post(slug(1), "10.1.0.9", "Ana", "ana@[127.0.0.1]", "Hello, do you hire?", "");
        assertThat(literal).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(Jsoup.parse(literal.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .select("#contact-email-error")
                        .text())
                .contains("not an IP address");
    }

    @Test
    void badFieldsAreExplainedInThePagesLanguage() throws Exception {
        MvcTestResult result = mvc.post()
                .uri("/employers/" + slug(1) + "/contact")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("10.1.0.6");
                    return request;
                })
                .param("lang", "es")
                .param("name", "")
                .param("email", "ana@example.com")
                .param("message", "Hola, ¿contratan ahora?")
                .exchange();
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#contact-name-error").text()).isEqualTo("Escriba su nombre.");
        assertThat(page.select("#contact-error-summary a").attr("href")).isEqualTo("#contact-name");
        assertThat(page.select("#contact-name").attr("aria-describedby")).isEqualTo("contact-name-error");
    }

    @Test
    void aFilledHoneypotLooksAcceptedButKeepsNothing() {
        MvcTestResult result =
                post(slug(2), "10.1.0.3", "Bot", "bot@example.com", "Buy cheap things now please.", "http://spam");
        assertThat(result).hasStatus3xxRedirection();
        assertThat(jdbc.queryForObject(
                        "select count(*) from employer_contact_request where email = 'bot@example.com'", Integer.class))
                .isZero();
    }

    @Test
    void oneAddressCanSendOnlyAFewAnHour() throws Exception {
        String slug = slug(3);
        for (int i = 0; i < 5; i++) {
            assertThat(post(slug, "10.1.0.4", "Sam", "sam" + i + "@example.com", "Hello there, any openings soon?", ""))
                    .hasStatus3xxRedirection();
        }
        MvcTestResult sixth = post(slug, "10.1.0.4", "Sam", "sam9@example.com", "Hello there, any openings soon?", "");
        assertThat(sixth).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(sixth.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("several messages");
        assertThat(sixth.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Hello there, any openings soon?");
    }

    @Test
    void aMissingEmployerIsA404() {
        assertThat(post("no-such-employer", "10.1.0.5", "A", "a@example.com", "Hello there, any openings?", ""))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    static String address(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
