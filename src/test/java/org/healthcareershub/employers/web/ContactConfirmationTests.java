package org.healthcareershub.employers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthcareershub.employers.ContactEmployer;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerRegistration;
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
 * A message from an address nobody has confirmed, with a real SMTP server (GreenMail): only a link without
 * the sender's words goes out, opening it asks before sending, and the message reaches the employer once.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@AutoConfigureMockMvc
@Tag("db")
class ContactConfirmationTests {

    static final Pattern LINK =
            Pattern.compile(Pattern.quote(ContactEmployer.CONFIRM_PATH) + "\\?token=([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EmployerDirectory directory;

    @Autowired
    ContactEmployer contactEmployer;

    @Autowired
    EmployerRegistration registration;

    @Autowired
    JdbcTemplate jdbc;

    String slug() {
        return directory
                .search(new EmployerSearch(null, null, null, null, null, 25, 1, 20))
                .hits()
                .get(4)
                .slug();
    }

    String employerName(String slug) {
        return jdbc.queryForObject("select name from employer where slug = ?", String.class, slug);
    }

    String employerAddress(String slug) {
        return jdbc.queryForObject("select contact_email from employer where slug = ?", String.class, slug);
    }

    MvcTestResult write(String slug, String clientAddress, String name, String email, String message) {
        return mvc.post()
                .uri("/employers/" + slug + "/contact")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(clientAddress);
                    return request;
                })
                .param("name", name)
                .param("email", email)
                .param("message", message)
                .exchange();
    }

    MvcTestResult open(String token) {
        return mvc.get().uri(ContactEmployer.CONFIRM_PATH).param("token", token).exchange();
    }

    MvcTestResult confirm(String token) {
        return mvc.post()
                .uri(ContactEmployer.CONFIRM_PATH)
                .with(csrf())
                .param("token", token)
                .exchange();
    }

    /** The mail GreenMail received for {@code to} (mail from other tests may still arrive meanwhile). */
    static List<MimeMessage> mailTo(String to) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> ContactEmployerTests.address(m).equalsIgnoreCase(to))
                .toList();
    }

    static List<MimeMessage> awaitMailTo(String to, int count) throws InterruptedException {
        for (int i = 0; i < 100 && mailTo(to).size() < count; i++) {
            Thread.sleep(100);
        }
        return mailTo(to);
    }

    static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String tokenIn(MimeMessage message) {
        Matcher link = LINK.matcher(text(message));
        assertThat(link.find()).as("a confirmation link in " + text(message)).isTrue();
        return link.group(1);
    }

    static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    int messagesMentioning(String words) {
        return jdbc.queryForObject(
                "select count(*) from outgoing_mail where body like ? or subject like ?",
                Integer.class,
                "%" + words + "%",
                "%" + words + "%");
    }

    String status(String email) {
        return jdbc.queryForObject("select status from employer_contact_request where email = ?", String.class, email);
    }

    @Test
    void aVisitorsMessageWaitsAndOnlyALinkWithoutTheirWordsIsMailed() throws Exception {
        String slug = slug();
        MvcTestResult result = write(
                slug, "10.4.0.1", "Mallory Words", "victim@example.com", "Click http://evil.example for a prize now");

        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/employers/" + slug + "#contact");
        assertThat(result.getMvcResult().getFlashMap().get("contacted")).isEqualTo("CONFIRMATION_NEEDED");
        List<MimeMessage> toSender = awaitMailTo("victim@example.com", 1);
        assertThat(toSender).hasSize(1);
        String mail = text(toSender.get(0));
        assertThat(mail).contains(employerName(slug)).doesNotContain("Mallory", "evil.example", "prize");
        assertThat(tokenIn(toSender.get(0))).isNotBlank();
        assertThat(status("victim@example.com")).isEqualTo("PENDING");
        assertThat(messagesMentioning("evil.example")).isZero();
        assertThat(messagesMentioning("Mallory")).isZero();
        assertThat(mailTo(employerAddress(slug))).isEmpty();

        Document page = html(mvc.get()
                .uri("/employers/" + slug)
                .flashAttr("contacted", "CONFIRMATION_NEEDED")
                .exchange());
        assertThat(page.select("#contact-check-email").text()).contains("Check your email");
        assertThat(page.select("#contact-confirm-hint").text()).contains("we first email you a link");
    }

    @Test
    void theLinkAsksFirstThenSendsTheMessageOnceOnly() throws Exception {
        String slug = slug();
        String employer = employerAddress(slug);
        int employerMailBefore = messagesTo(employer);
        write(slug, "10.4.0.2", "Ana Confirms", "ana.confirms@example.com", "Do you hire care coordinators?");
        String token = tokenIn(awaitMailTo("ana.confirms@example.com", 1).get(0));

        MvcTestResult opened = open(token);
        assertThat(opened).hasStatus(HttpStatus.OK);
        Document page = html(opened);
        assertThat(page.select("#contact-confirm-state").text()).contains(employerName(slug));
        assertThat(page.select("form[method=post] input[name=token]").val()).isEqualTo(token);
        assertThat(page.select("form[method=post] input[name=_csrf]")).isNotEmpty();
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.text()).doesNotContain("Do you hire care coordinators?");
        assertThat(open(token)).hasStatus(HttpStatus.OK);
        assertThat(status("ana.confirms@example.com")).isEqualTo("PENDING");
        assertThat(messagesTo(employer)).isEqualTo(employerMailBefore);

        MvcTestResult confirmed = confirm(token);

        assertThat(confirmed).hasStatus(HttpStatus.OK);
        assertThat(html(confirmed).select("#contact-confirm-state").text()).contains("on its way");
        assertThat(status("ana.confirms@example.com")).isEqualTo("SENT");
        List<MimeMessage> toEmployer = awaitMailTo(employer, 1).stream()
                .filter(m -> text(m).contains("Ana Confirms"))
                .toList();
        assertThat(toEmployer).hasSize(1);
        assertThat(text(toEmployer.get(0))).contains("Do you hire care coordinators?", "ana.confirms@example.com");
        List<MimeMessage> toSender = awaitMailTo("ana.confirms@example.com", 2);
        assertThat(toSender).hasSize(2);
        assertThat(text(toSender.get(1))).contains("Your message to", "Do you hire care coordinators?");

        MvcTestResult again = confirm(token);
        assertThat(again).hasStatus(HttpStatus.CONFLICT);
        assertThat(html(again).select("#contact-confirm-state").text()).contains("already used");
        assertThat(html(again).select("form[method=post] input[name=token]")).isEmpty();
        assertThat(open(token)).hasStatus(HttpStatus.CONFLICT);
        assertThat(messagesTo(employer)).isEqualTo(employerMailBefore + 1);
        assertThat(contactEmployer.sentFrom("ana.confirms@example.com"))
                .singleElement()
                .satisfies(sent -> assertThat(sent.sentAt()).isNotNull());
    }

    @Test
    void aLinkUsedAfterTheEmployerWasSuspendedSendsNothing() throws Exception {
        long id = registration.registerPending("Suspended Soon Care", null, "office@suspended-soon.example.org");
        String slug = registration.verify(id).slug();
        write(slug, "10.4.0.9", "Sol Late", "sol.late@example.com", "Are you hiring?");
        String token = tokenIn(awaitMailTo("sol.late@example.com", 1).get(0));
        registration.suspend(id);

        MvcTestResult confirmed = confirm(token);

        assertThat(confirmed).hasStatus(HttpStatus.GONE);
        assertThat(html(confirmed).select("#contact-confirm-state").text()).contains("no longer listed");
        assertThat(status("sol.late@example.com")).isEqualTo("PENDING");
        assertThat(messagesTo("office@suspended-soon.example.org")).isZero();
    }

    int messagesTo(String recipient) {
        return jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ?", Integer.class, recipient);
    }

    @Test
    void anExpiredLinkSendsNothingAndItsMessageIsPurged() throws Exception {
        String slug = slug();
        write(slug, "10.4.0.3", "Late Lee", "late.lee@example.com", "Are there openings for RNs?");
        String token = tokenIn(awaitMailTo("late.lee@example.com", 1).get(0));
        jdbc.update(
                "update employer_contact_request set expires_at = ? where email = 'late.lee@example.com'",
                Timestamp.from(Instant.now().minusSeconds(60)));

        MvcTestResult opened = open(token);
        assertThat(opened).hasStatus(HttpStatus.GONE);
        assertThat(html(opened).select("#contact-confirm-state").text()).contains("expired");
        assertThat(html(opened).select("a[href=/employers/" + slug + "]")).isNotEmpty();
        assertThat(confirm(token)).hasStatus(HttpStatus.GONE);
        assertThat(status("late.lee@example.com")).isEqualTo("PENDING");
        assertThat(messagesMentioning("openings for RNs")).isZero();
        assertThat(contactEmployer.sentFrom("late.lee@example.com")).isEmpty();

        contactEmployer.purgeUnconfirmed();

        assertThat(jdbc.queryForObject(
                        "select count(*) from employer_contact_request where email = 'late.lee@example.com'",
                        Integer.class))
                .isZero();
        MvcTestResult gone = open(token);
        assertThat(gone).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(html(gone).select("#contact-confirm-state").text()).contains("does not work");
    }

    @Test
    void thePurgeKeepsSentMessagesAndLinksStillRunning() {
        String slug = slug();
        write(slug, "10.4.0.4", "Fresh Fay", "fresh.fay@example.com", "Is there a night shift?");

        contactEmployer.purgeUnconfirmed();

        assertThat(status("fresh.fay@example.com")).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject(
                        "select count(*) from employer_contact_request where status = 'SENT'", Integer.class))
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from employer_contact_request where sent_at is not null", Integer.class));
    }

    @Test
    void anUnknownOrMissingLinkIsExplained() throws Exception {
        for (MvcTestResult result : List.of(
                open("not-a-real-token"),
                open(""),
                mvc.get().uri(ContactEmployer.CONFIRM_PATH).exchange(),
                confirm("x".repeat(500)))) {
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
            Document page = html(result);
            assertThat(page.select("#contact-confirm-state").text()).contains("does not work");
            assertThat(page.select("a[href=/employers]")).isNotEmpty();
        }
    }

    @Test
    void confirmingNeedsTheCsrfToken() {
        assertThat(mvc.post()
                        .uri(ContactEmployer.CONFIRM_PATH)
                        .param("token", "anything")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anEmailThatAskedForEnoughLinksGetsNoMoreButTheSameAnswer() throws Exception {
        String slug = slug();
        for (int i = 0; i < 6; i++) {
            MvcTestResult result =
                    write(slug, "10.4.1." + i, "Flood", "flooded@example.com", "Please answer me, any openings?");
            assertThat(result).hasStatus3xxRedirection();
            assertThat(result.getMvcResult().getFlashMap().get("contacted")).isEqualTo("CONFIRMATION_NEEDED");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from employer_contact_request where email = 'flooded@example.com'",
                        Integer.class))
                .isEqualTo(5);
        assertThat(messagesTo("flooded@example.com")).isEqualTo(5);
    }

    @Test
    void theConfirmationPageSpeaksTheVisitorsLanguage() throws Exception {
        String slug = slug();
        write(slug, "10.4.0.5", "Eva Idioma", "eva.idioma@example.com", "¿Contratan coordinadores?");
        String token = tokenIn(awaitMailTo("eva.idioma@example.com", 1).get(0));

        Document page = html(mvc.get()
                .uri(ContactEmployer.CONFIRM_PATH)
                .param("token", token)
                .param("lang", "es")
                .exchange());

        assertThat(page.select("#contact-confirm-state").text()).startsWith("¿Enviar su mensaje a");
        assertThat(page.select("form[method=post] button").text()).isEqualTo("Confirmar y enviar");
    }
}
