package org.healthcareershub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.healthcareershub.notifications.domain.Outbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SMTP server goes away and comes back: every message the portal queued meanwhile arrives, and arrives
 * once, while the scheduled retry, the after-commit executor and extra retry threads race for the same rows.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3427",
            "hub.mail.retry-delay=PT0.2S",
            "hub.mail.from=no-reply@outage.example"
        })
@Tag("db")
class SmtpOutageTests {

    static final ServerSetup SMTP = new ServerSetup(3427, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @Autowired
    Mailer mailer;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void sendsEveryMessageQueuedDuringAnOutageExactlyOnceWhenSmtpIsBack() throws Exception {
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String subject = "outage-plain-" + i;
            subjects.add(subject);
            assertThat(mailer.send("reader" + i + "@outage.example", subject, "Body " + i))
                    .isFalse();
            String secret = "outage-private-" + i;
            subjects.add(secret);
            mailer.sendPrivately("secret" + i + "@outage.example", secret, "Link " + i);
        }

        smtp = new GreenMail(SMTP);
        smtp.start();
        ExecutorService racers = Executors.newFixedThreadPool(4);
        AtomicBoolean racing = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(3);
        for (int r = 0; r < 3; r++) {
            racers.execute(() -> {
                started.countDown();
                while (racing.get()) {
                    outbox.retryPending();
                }
            });
        }
        started.await();
        // mail queued while the retries run: the after-commit executor races them too
        for (int i = 0; i < 15; i++) {
            String subject = "outage-back-" + i;
            subjects.add(subject);
            mailer.sendPrivately("late" + i + "@outage.example", subject, "Late " + i);
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(500); // room for a duplicate that is still on its way
        racing.set(false);
        racers.shutdown();
        assertThat(racers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(pending()).isZero();
        Map<String, Long> received = java.util.Arrays.stream(smtp.getReceivedMessages())
                .map(SmtpOutageTests::subject)
                .filter(s -> s.startsWith("outage-"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(subjects);
        assertThat(received)
                .allSatisfy((subject, copies) -> assertThat(copies).as(subject).isEqualTo(1L));
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessages())
                        .map(SmtpOutageTests::messageId)
                        .distinct()
                        .count())
                .isEqualTo(smtp.getReceivedMessages().length);
    }

    @Test
    void holdsAFailedMessageBackLongerAfterEachFailure() {
        Instant before = Instant.now();
        mailer.send("backoff@outage.example", "held-backoff", "Nobody answers");
        Instant after = Instant.now();

        Timestamp heldUntil = jdbc.queryForObject(
                "select held_until from outgoing_mail where recipient = 'backoff@outage.example'", Timestamp.class);
        assertThat(heldUntil.toInstant()).isBetween(before.plusMillis(200), after.plusMillis(200));
        assertThat(List.of(0, 1, 2, 3, 20).stream().map(outbox::backoff))
                .containsExactly(
                        Duration.ofMillis(200),
                        Duration.ofMillis(400),
                        Duration.ofMillis(800),
                        Duration.ofMillis(1600),
                        Duration.ofHours(1));
    }

    int pending() {
        return jdbc.queryForObject(
                "select count(*) from outgoing_mail where status = 'PENDING' and subject like 'outage-%'",
                Integer.class);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
