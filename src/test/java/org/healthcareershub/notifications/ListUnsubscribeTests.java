package org.healthcareershub.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.healthcareershub.notifications.domain.Outbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mailing's one-click unsubscribe (RFC 8058) reaches a real SMTP server (GreenMail) as the
 * List-Unsubscribe and List-Unsubscribe-Post headers, on the first try and after a stay in the outbox.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=18501",
            "hub.mail.retry-delay=PT0.2S",
            "hub.mail.from=no-reply@unsubscribe.example"
        })
@Tag("db")
class ListUnsubscribeTests {

    static final ServerSetup SMTP = new ServerSetup(18501, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    /** Started by each test when it wants SMTP up. */
    GreenMail smtp;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Mailer mailer;

    @Autowired
    Outbox outbox;

    @AfterEach
    void cleanUp() {
        if (smtp != null) {
            smtp.stop();
        }
        jdbc.update("delete from outgoing_mail where recipient like '%@unsubscribe.example'");
    }

    @Test
    void theHeadersArriveOnTheFirstTryAndAfterAStayInTheOutbox() throws Exception {
        // SMTP is away: the message waits in the outbox with its unsubscribe
        mailer.send(
                "waited@unsubscribe.example",
                "list-waited",
                "News",
                new ListUnsubscribe("https://hub.example/news/unsubscribe/AbC-123_x", "leave@hub.example"));
        smtp = new GreenMail(SMTP);
        smtp.start();
        mailer.send(
                "direct@unsubscribe.example",
                "list-direct",
                "News",
                ListUnsubscribe.oneClick("https://hub.example/news/unsubscribe/Direct-9"));

        MimeMessage waited = awaitSubject("list-waited");
        MimeMessage direct = awaitSubject("list-direct");

        assertThat(waited.getHeader("List-Unsubscribe"))
                .containsExactly(
                        "<https://hub.example/news/unsubscribe/AbC-123_x>, <mailto:leave@hub.example?subject=unsubscribe>");
        assertThat(waited.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(direct.getHeader("List-Unsubscribe"))
                .containsExactly("<https://hub.example/news/unsubscribe/Direct-9>");
        assertThat(direct.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    }

    @Test
    void ordinaryMailHasNoUnsubscribeHeaders() throws Exception {
        smtp = new GreenMail(SMTP);
        smtp.start();
        mailer.send("plain@unsubscribe.example", "list-plain", "Hello");

        MimeMessage plain = awaitSubject("list-plain");

        assertThat(plain.getHeader("List-Unsubscribe")).isNull();
        assertThat(plain.getHeader("List-Unsubscribe-Post")).isNull();
    }

    @Test
    void refusesAnAddressThatCouldAddAHeaderOrIsNotAWebAddress() {
        for (String url : new String[] {
            "https://hub.example/u/x\r\nBcc: victim@example.net",
            "https://hub.example/u/x>, <https://evil.example",
            "https://hub.example/u/a b",
            "javascript:alert(1)",
            "/news/unsubscribe/x",
            "ftp://hub.example/x",
            "http://hub.example/news/unsubscribe/T",
            "https://hub.example/" + "x".repeat(ListUnsubscribe.MAX_URL)
        }) {
            assertThatIllegalArgumentException().as(url).isThrownBy(() -> ListUnsubscribe.oneClick(url));
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ListUnsubscribe("https://hub.example/u", "a@b.example>\r\nBcc: c@d.example"));
        assertThat(new ListUnsubscribe("http://localhost:8080/news/unsubscribe/T", null).header())
                .isEqualTo("<http://localhost:8080/news/unsubscribe/T>");
        assertThat(ListUnsubscribe.oneClick("http://127.0.0.1:18080/news/unsubscribe/T")
                        .url())
                .isEqualTo("http://127.0.0.1:18080/news/unsubscribe/T");
    }

    MimeMessage awaitSubject(String subject) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            outbox.retryPending();
            Optional<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> subject.equals(subjectOf(m)))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail " + subject + " arrived");
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
