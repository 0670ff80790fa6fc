package org.healthcareershub.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.notifications.domain.CareerNews;
import org.healthcareershub.notifications.domain.NewsMail;
import org.healthcareershub.notifications.domain.NewsRules;
import org.healthcareershub.notifications.domain.NewsSender;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.MovableClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Career news end to end with a real SMTP server (GreenMail) and a movable clock: double opt-in (confirm,
 * expired, reused), unsubscribing that reveals nothing, the one-click POST of a mail program, the headers
 * and links of a received issue, Markdown with HTML in it shown inert, and a send that stops midway and
 * resumes with nobody getting a second copy.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=18502",
            "hub.news.batch-size=2",
            "hub.news.resume-delay=PT24H",
            "hub.news.claim=PT5M"
        })
@AutoConfigureMockMvc
@Tag("db")
class CareerNewsTests {

    static final Pattern CONFIRM_LINK = Pattern.compile("/news/confirm\\?token=([A-Za-z0-9_-]{43})");
    static final Pattern UNSUBSCRIBE_HEADER =
            Pattern.compile("<(https?://[^>]+/news/unsubscribe/([A-Za-z0-9_-]{43}))>");

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(18502, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    /** Stops a send after a number of queued messages, as a crash would, while armed. */
    static class Crash implements NewsSender.Checkpoint {
        final AtomicInteger left = new AtomicInteger(-1);
        /** Run once at the next queued message, inside its batch's transaction, while set. */
        volatile Runnable once;

        @Override
        public void queued(long issueId, long subscriberId) {
            Runnable action = once;
            if (action != null) {
                once = null;
                action.run();
            }
            if (left.get() >= 0 && left.getAndDecrement() == 0) {
                throw new IllegalStateException("simulated crash");
            }
        }
    }

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }

        @Bean
        Crash crash() {
            return new Crash();
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CareerNews news;

    @Autowired
    NewsSender sender;

    @Autowired
    Crash crash;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CareerCatalog careers;

    @Autowired
    Geography geography;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    final List<Long> madeAccounts = new ArrayList<>();

    int address;

    @AfterEach
    void cleanUp() {
        crash.left.set(-1);
        crash.once = null;
        madeAccounts.forEach(accounts::deleteById);
        madeAccounts.clear();
        jdbc.update("delete from news_delivery");
        jdbc.update("delete from news_issue");
        jdbc.update("delete from news_subscriber where email like '%@news.example'");
        jdbc.update("delete from news_confirmation where email like '%@news.example'");
        jdbc.update(
                "delete from outgoing_mail where recipient like '%@news.example' or recipient = ?",
                TestAccounts.ADMIN_EMAIL);
    }

    String career() {
        return careers.titles(Locale.ENGLISH).keySet().iterator().next();
    }

    MvcTestResult subscribe(String email, String career, String region) {
        var request = mvc.post().uri("/news").param("email", email).with(csrf()).with(r -> {
            r.setRemoteAddr("10.88.0." + (++address % 250 + 1));
            return r;
        });
        if (career != null) {
            request = request.param("careers", career);
        }
        if (region != null) {
            request = request.param("regions", region);
        }
        return request.exchange();
    }

    String confirmationToken(String email) throws Exception {
        MimeMessage mail = awaitMail(email, m -> true);
        Matcher m = CONFIRM_LINK.matcher(
                GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(m.find()).as("a confirmation link").isTrue();
        return m.group(1);
    }

    MimeMessage awaitMail(String to, java.util.function.Predicate<MimeMessage> which) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(to) && which.test(m)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + to);
    }

    String status(String email) {
        List<String> found =
                jdbc.queryForList("select status from news_subscriber where email = ?", String.class, email);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Staff's "send a test to me" for the issue. */
    MvcTestResult testSend(long issue) {
        return mvc.post()
                .uri("/admin/news/" + issue + "/test")
                .with(user(new TestAccounts(accounts, encoder).admin().signedIn()))
                .with(csrf())
                .exchange();
    }

    static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aSubscriptionStartsOnlyWhenItsLinkIsUsedAndTheLinkWorksOnce() throws Exception {
        String email = "ana@news.example";
        String career = career();
        String region = geography.regions().get(0);

        MvcTestResult sent = subscribe(email, career, region);
        assertThat(sent).hasStatusOk();
        assertThat(Jsoup.parse(body(sent)).getElementById("news-outcome").attr("data-outcome"))
                .isEqualTo("MAILED");
        assertThat(status(email)).isNull();
        String token = confirmationToken(email);

        // opening the link uses nothing up: a mail scanner confirms nothing
        MvcTestResult open = mvc.get().uri("/news/confirm?token=" + token).exchange();
        assertThat(open).hasStatusOk();
        assertThat(status(email)).isNull();
        assertThat(body(open)).doesNotContain(email);

        MvcTestResult confirmed = mvc.post()
                .uri("/news/confirm")
                .param("token", token)
                .with(csrf())
                .exchange();
        assertThat(confirmed).hasStatusOk();
        assertThat(Jsoup.parse(body(confirmed))
                        .getElementById("news-confirm-state")
                        .attr("data-state"))
                .isEqualTo("CONFIRMED");
        assertThat(status(email)).isEqualTo("ACTIVE");
        assertThat(news.subscriptionOf(email).orElseThrow().topics().careers().values())
                .containsExactly(career);
        assertThat(news.subscriptionOf(email).orElseThrow().topics().regions().values())
                .containsExactly(region);

        MvcTestResult reused = mvc.post()
                .uri("/news/confirm")
                .param("token", token)
                .with(csrf())
                .exchange();
        assertThat(reused).hasStatus(409);
        assertThat(Jsoup.parse(body(reused))
                        .getElementById("news-confirm-state")
                        .attr("data-state"))
                .isEqualTo("USED");
        assertThat(body(reused)).doesNotContain(email);
    }

    @Test
    void anExpiredLinkSubscribesNobodyAndSaysSo() throws Exception {
        String email = "late@news.example";
        subscribe(email, null, null);
        String token = confirmationToken(email);

        clock.advance(Duration.ofHours(49));

        MvcTestResult open = mvc.get().uri("/news/confirm?token=" + token).exchange();
        assertThat(open).hasStatus(410);
        MvcTestResult used = mvc.post()
                .uri("/news/confirm")
                .param("token", token)
                .with(csrf())
                .exchange();
        assertThat(used).hasStatus(410);
        assertThat(Jsoup.parse(body(used)).getElementById("news-confirm-state").attr("data-state"))
                .isEqualTo("EXPIRED");
        assertThat(body(used)).doesNotContain(email);
        assertThat(status(email)).isNull();
        assertThat(mvc.get().uri("/news/confirm?token=" + "x".repeat(43)).exchange())
                .hasStatus(404);
    }

    @Test
    void aSecondRequestForAnAddressChangesNothingUntilItsOwnLinkIsUsedAndTheLimitHolds() throws Exception {
        String email = "limit@news.example";
        String careerA = career();
        String careerB = careers.titles(Locale.ENGLISH).keySet().stream()
                .filter(c -> !c.equals(careerA))
                .findFirst()
                .orElseThrow();
        news.subscribe(
                new NewsRules.Subscription(email, List.of(careerA), List.of()),
                "10.0.0.4",
                Locale.ENGLISH,
                true,
                new FieldErrors());
        String careersBefore =
                jdbc.queryForObject("select careers from news_subscriber where email = ?", String.class, email);
        MvcTestResult fresh = subscribe("fresh@news.example", careerB, null);
        for (int i = 0; i < 3; i++) {
            MvcTestResult again = subscribe(email, careerB, null);
            assertThat(again).hasStatusOk();
            assertThat(Jsoup.parse(body(again)).select("main").text())
                    .isEqualTo(Jsoup.parse(body(fresh)).select("main").text());
        }
        assertThat(status(email)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select careers from news_subscriber where email = ?", String.class, email))
                .isEqualTo(careersBefore)
                .contains(careerA)
                .doesNotContain(careerB);
        MvcTestResult limited = subscribe(email, null, null);
        assertThat(limited).hasStatus(429);
        assertThat(Jsoup.parse(body(limited)).selectFirst(".error-summary")).isNotNull();
        assertThat(Jsoup.parse(body(limited)).getElementById("email").val()).isEqualTo(email);
        assertThat(status(email)).isEqualTo("ACTIVE");
    }

    @Test
    void aSignedInAccountWithAConfirmedAddressSubscribesAtOnceAndCanStop() throws Exception {
        var account =
                new TestAccounts(accounts, encoder).create(org.healthcareershub.accounts.Role.SEEKER, "News reader");
        madeAccounts.add(account.getId());
        String email = account.signedIn().email();
        var seeker = user(account.signedIn());
        try {
            assertThat(mvc.post()
                            .uri("/account/news")
                            .param("careers", career())
                            .with(seeker)
                            .with(csrf())
                            .exchange())
                    .hasStatus3xxRedirection()
                    .flash()
                    .containsEntry("notice", "news.account.SUBSCRIBED");
            assertThat(status(email)).isEqualTo("ACTIVE");
            assertThat(mvc.get().uri("/account/news").with(seeker).exchange()).hasStatusOk();
            assertThat(mvc.post()
                            .uri("/account/news/stop")
                            .with(seeker)
                            .with(csrf())
                            .exchange())
                    .hasStatus3xxRedirection()
                    .flash()
                    .containsEntry("notice", "news.account.stopped");
            assertThat(status(email)).isNull();
        } finally {
            jdbc.update("delete from news_subscriber where email = ?", email);
        }
    }

    @Test
    void aDeletedAccountsAddressLeavesTheNewsList() {
        String email = "deleted@news.example";
        news.subscribe(NewsRules.Subscription.empty(email), "10.0.0.5", Locale.ENGLISH, true, new FieldErrors());
        assertThat(status(email)).isEqualTo("ACTIVE");
        transactions.executeWithoutResult(status ->
                events.publishEvent(new org.healthcareershub.identity.AccountDeleted(-42L, email, true, null, null)));
        assertThat(status(email)).isNull();
    }

    @Test
    void aTitleOfTheLongestLengthWithSurroundingSpacesIsStoredStripped() {
        String title = "T".repeat(NewsRules.MAX_TITLE);
        long issue = news.create(
                        new NewsRules.IssueInput("  " + title + "  ", "Text.", List.of(), List.of()), new FieldErrors())
                .orElseThrow();
        assertThat(jdbc.queryForObject("select title from news_issue where id = ?", String.class, issue))
                .isEqualTo(title);
    }

    @Test
    void aTestSendMailsStaffTheIssueWithTheSampleLinkThatUnsubscribesNobody() throws Exception {
        long issue = sendingIssueDraft("Test send");
        assertThat(testSend(issue)).hasStatus3xxRedirection().flash().containsEntry("notice", "news.admin.tested");
        MimeMessage mail = awaitMail(TestAccounts.ADMIN_EMAIL, m -> subject(m).contains("Test send"));
        String header = mail.getHeader("List-Unsubscribe")[0];
        assertThat(header).contains(NewsMail.UNSUBSCRIBE_PATH + NewsMail.SAMPLE_TOKEN);
        assertThat(mvc.post()
                        .uri(NewsMail.UNSUBSCRIBE_PATH + NewsMail.SAMPLE_TOKEN)
                        .contentType("application/x-www-form-urlencoded")
                        .content("List-Unsubscribe=One-Click")
                        .exchange())
                .hasStatusOk();
        assertThat(status("test-send0@news.example")).isEqualTo("ACTIVE");
        assertThat(issueStatus(issue)).isEqualTo("DRAFT");
        assertThat(deliveries(issue)).isZero();
    }

    @Test
    void unsubscribingAnswersTheSameForAKnownAndAnUnknownTokenAndTheOneClickPostNeedsNoToken() throws Exception {
        String email = "leave@news.example";
        news.subscribe(NewsRules.Subscription.empty(email), "10.0.0.1", Locale.ENGLISH, true, new FieldErrors());
        String token = jdbc.queryForObject(
                "select unsubscribe_token from news_subscriber where email = ?", String.class, email);
        String unknown = "Z".repeat(43);

        MvcTestResult askKnown = mvc.get().uri("/news/unsubscribe/" + token).exchange();
        MvcTestResult askUnknown = mvc.get().uri("/news/unsubscribe/" + unknown).exchange();
        assertThat(askKnown).hasStatusOk();
        assertThat(askUnknown).hasStatusOk();
        assertThat(Jsoup.parse(body(askKnown)).select("main p").text())
                .isEqualTo(Jsoup.parse(body(askUnknown)).select("main p").text());
        assertThat(status(email)).isEqualTo("ACTIVE");

        // a mail program's one-click POST: no session, no CSRF token
        MvcTestResult unknownPost = mvc.post()
                .uri("/news/unsubscribe/" + unknown)
                .contentType("application/x-www-form-urlencoded")
                .content("List-Unsubscribe=One-Click")
                .exchange();
        MvcTestResult knownPost = mvc.post()
                .uri("/news/unsubscribe/" + token)
                .contentType("application/x-www-form-urlencoded")
                .content("List-Unsubscribe=One-Click")
                .exchange();
        assertThat(knownPost).hasStatusOk();
        assertThat(unknownPost).hasStatusOk();
        assertThat(Jsoup.parse(body(knownPost)).select("main").text())
                .isEqualTo(Jsoup.parse(body(unknownPost)).select("main").text());
        assertThat(body(knownPost)).doesNotContain(email);
        assertThat(status(email)).isNull(); // the address is forgotten
        // subscribing again makes a new subscriber with a new link; the old one stays dead
        news.subscribe(NewsRules.Subscription.empty(email), "10.0.0.1", Locale.ENGLISH, true, new FieldErrors());
        assertThat(status(email)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject(
                        "select unsubscribe_token from news_subscriber where email = ?", String.class, email))
                .isNotEqualTo(token);
        assertThat(news.unsubscribe(token)).isFalse();
        assertThat(status(email)).isEqualTo("ACTIVE");

        // the exemption is that one route: the subscribe form still needs its token
        assertThat(mvc.post().uri("/news").param("email", "x@news.example").exchange())
                .hasStatus(403);
        assertThat(mvc.post().uri("/news/confirm").param("token", token).exchange())
                .hasStatus(403);
    }

    @Test
    void aSendThatStopsMidwayResumesWithoutSecondCopiesAndReachesEveryone() throws Exception {
        String career = career();
        String otherCareer = careers.titles(Locale.ENGLISH).keySet().stream()
                .filter(c -> !c.equals(career))
                .findFirst()
                .orElseThrow();
        List<String> readers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String email = "reader" + i + "@news.example";
            readers.add(email);
            news.subscribe(
                    new NewsRules.Subscription(email, i % 2 == 0 ? List.of(career) : List.of(), List.of()),
                    "10.0.0.2",
                    Locale.ENGLISH,
                    true,
                    new FieldErrors());
        }
        // chose only another career: the issue is not for them
        news.subscribe(
                new NewsRules.Subscription("elsewhere@news.example", List.of(otherCareer), List.of()),
                "10.0.0.2",
                Locale.ENGLISH,
                true,
                new FieldErrors());
        FieldErrors errors = new FieldErrors();
        long issue = news.create(
                        new NewsRules.IssueInput(
                                "Spring trainings",
                                "# New classes\n\nSee **all** of them.\n\n<script>alert('x')</script>"
                                        + " <img src=x onerror=alert(1)> [bad](javascript:alert(2))",
                                List.of(career),
                                List.of()),
                        errors)
                .orElseThrow();
        assertThat(errors.isEmpty()).isTrue();
        var admin = user(new TestAccounts(accounts, encoder).admin().signedIn());

        // the preview shows the Markdown rendered and the HTML in it as text
        MvcTestResult page = mvc.get().uri("/admin/news/" + issue).with(admin).exchange();
        assertThat(page).hasStatusOk();
        var preview = Jsoup.parse(body(page)).getElementById("preview-html");
        assertThat(preview.select("script, img, [onerror]")).isEmpty();
        assertThat(preview.select("a[href^=javascript]")).isEmpty();
        assertThat(preview.select("strong").text()).isEqualTo("all");
        assertThat(preview.text()).contains("<script>alert('x')</script>");
        assertThat(Jsoup.parse(body(page)).getElementById("news-audience").text())
                .contains("5");

        // one click does not send: staff tick that they sent themselves a test and checked it
        MvcTestResult unticked = mvc.post()
                .uri("/admin/news/" + issue + "/send")
                .with(admin)
                .with(csrf())
                .exchange();
        assertThat(unticked).hasStatus(422);
        var refused = Jsoup.parse(body(unticked));
        assertThat(refused.selectFirst(".error-summary")).isNotNull();
        assertThat(refused.getElementById("tested").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.select("#news-send")
                        .parents()
                        .select("form")
                        .first()
                        .select(".field__error")
                        .text())
                .isEqualTo("Send yourself a test, check it, then tick this box to send to every subscriber.");
        assertThat(issueStatus(issue)).isEqualTo("DRAFT");
        assertThat(deliveries(issue)).isZero();

        crash.left.set(2); // batches of 2: the first commits, the second stops at its first message
        assertThat(mvc.post()
                        .uri("/admin/news/" + issue + "/send")
                        .param("tested", "true")
                        .with(admin)
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (crash.left.get() >= 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
        assertThat(deliveries(issue)).isEqualTo(2);
        MvcTestResult midway = mvc.get().uri("/admin/news/" + issue).with(admin).exchange();
        var progress = Jsoup.parse(body(midway)).getElementById("news-progress");
        assertThat(progress.attr("data-status")).isEqualTo("SENDING");
        assertThat(progress.attr("data-delivered")).isEqualTo("2");
        assertThat(progress.attr("data-total")).isEqualTo("5");
        assertThat(progress.attr("data-hx-get")).isEqualTo("/admin/news/" + issue + "/progress");

        // "restart": nothing takes the issue while the stopped sender's hold lasts, then the schedule does
        assertThat(sender.send(issue)).isZero();
        assertThat(jdbc.queryForMap("select attempts, last_error from news_issue where id = ?", issue))
                .containsEntry("ATTEMPTS", 1)
                .containsEntry("LAST_ERROR", "IllegalStateException");
        clock.advance(Duration.ofMinutes(6));
        sender.resumeUnfinished(); // hands the issue to the background executor
        awaitStatus(issue, "SENT");

        assertThat(deliveries(issue)).isEqualTo(5);
        assertThat(Jsoup.parse(body(mvc.get()
                                .uri("/admin/news/" + issue + "/progress")
                                .with(admin)
                                .exchange()))
                        .getElementById("news-progress")
                        .attr("data-delivered"))
                .isEqualTo("5");

        Map<String, MimeMessage> received = new java.util.HashMap<>();
        for (String reader : readers) {
            received.put(reader, awaitMail(reader, m -> subject(m).equals("Spring trainings")));
        }
        Thread.sleep(500); // room for a second copy that is still on its way
        Map<String, Long> copies = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subject(m).equals("Spring trainings"))
                .map(CareerNewsTests::recipient)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(copies).containsOnlyKeys(readers);
        assertThat(copies.values()).allMatch(n -> n == 1L);

        MimeMessage mail = received.get("reader0@news.example");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        Matcher header = UNSUBSCRIBE_HEADER.matcher(mail.getHeader("List-Unsubscribe")[0]);
        assertThat(header.matches()).isTrue();
        String token = header.group(2);
        assertThat(token)
                .isEqualTo(jdbc.queryForObject(
                        "select unsubscribe_token from news_subscriber where email = ?",
                        String.class,
                        "reader0@news.example"));
        // staff see the mailing in the outbox, without the working unsubscribe link of any subscriber
        String outbox = body(mvc.get().uri("/admin/outbox").with(admin).exchange());
        assertThat(outbox).contains("Spring trainings").contains("the recipient&#39;s unsubscribe link, hidden");
        for (String reader : readers) {
            String readerToken = jdbc.queryForObject(
                    "select unsubscribe_token from news_subscriber where email = ?", String.class, reader);
            assertThat(outbox).doesNotContain(readerToken);
        }
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(text).contains(header.group(1)).contains("<script>alert('x')</script>");
        assertThat(html).contains("href=\"" + header.group(1) + "\"");
        assertThat(Jsoup.parse(html).select("script, img, [onerror], a[href^=javascript]"))
                .isEmpty();

        // the link in the header works with one click
        String path = header.group(1).substring(header.group(1).indexOf("/news/"));
        assertThat(mvc.post()
                        .uri(path)
                        .contentType("application/x-www-form-urlencoded")
                        .content("List-Unsubscribe=One-Click")
                        .exchange())
                .hasStatusOk();
        assertThat(status("reader0@news.example")).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from news_delivery where issue_id = ? and subscriber_id not in"
                                + " (select id from news_subscriber)",
                        Integer.class,
                        issue))
                .isEqualTo(1); // the delivery row of the gone subscriber keeps only its id
        assertThatThrownBy(() -> jdbc.update(
                        "insert into news_delivery (issue_id, subscriber_id, outgoing_mail_id, queued_at)"
                                + " select issue_id, subscriber_id, outgoing_mail_id, queued_at from news_delivery"
                                + " where issue_id = ?",
                        issue))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    void awaitStatus(long issue, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!expected.equals(issueStatus(issue)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(issueStatus(issue)).isEqualTo(expected);
    }

    String issueStatus(long issue) {
        return jdbc.queryForObject("select status from news_issue where id = ?", String.class, issue);
    }

    long sendingIssue(String title, int readers) {
        long issue = sendingIssueDraft(title, readers);
        assertThat(news.startSending(issue)).isTrue();
        return issue;
    }

    long sendingIssueDraft(String title) {
        return sendingIssueDraft(title, 1);
    }

    long sendingIssueDraft(String title, int readers) {
        for (int i = 0; i < readers; i++) {
            news.subscribe(
                    NewsRules.Subscription.empty(
                            title.toLowerCase(Locale.ROOT).replace(' ', '-') + i + "@news.example"),
                    "10.0.0.3",
                    Locale.ENGLISH,
                    true,
                    new FieldErrors());
        }
        long issue = news.create(
                        new NewsRules.IssueInput(title, "Some *news*.", List.of(), List.of()), new FieldErrors())
                .orElseThrow();
        return issue;
    }

    @Test
    void anIssueThatKeepsFailingIsGivenUpAfterItsAttemptsAndThePageSaysSo() throws Exception {
        long issue = sendingIssue("Failing issue", 1);
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(issueStatus(issue)).isEqualTo("SENDING");
            crash.left.set(0);
            assertThatThrownBy(() -> sender.send(issue)).isInstanceOf(IllegalStateException.class);
            clock.advance(Duration.ofMinutes(6));
        }
        assertThat(issueStatus(issue)).isEqualTo("FAILED");
        assertThat(jdbc.queryForMap("select attempts, last_error, claimed_until from news_issue where id = ?", issue))
                .containsEntry("ATTEMPTS", 3)
                .containsEntry("LAST_ERROR", "IllegalStateException")
                .containsEntry("CLAIMED_UNTIL", null);
        assertThat(sender.send(issue)).isZero();
        var admin = user(new TestAccounts(accounts, encoder).admin().signedIn());
        var page = Jsoup.parse(
                body(mvc.get().uri("/admin/news/" + issue).with(admin).exchange()));
        assertThat(page.getElementById("news-progress").attr("data-status")).isEqualTo("FAILED");
        assertThat(page.getElementById("news-progress").hasAttr("data-hx-get")).isFalse();
        assertThat(page.getElementById("news-attempts").text()).contains("3").contains("IllegalStateException");
        var spanish = Jsoup.parse(body(
                mvc.get().uri("/admin/news/" + issue + "?lang=es").with(admin).exchange()));
        assertThat(spanish.getElementById("news-attempts").text()).contains("falló 3 veces");
    }

    @Test
    void aSenderWhoseHoldWasTakenOverStopsAndDoesNotFinishTheIssue() throws Exception {
        long issue = sendingIssue("Taken over", 3); // batches of 2
        crash.once = () -> jdbc.update("update news_issue set claimed_by = 'another-run' where id = ?", issue);
        assertThat(sender.send(issue)).isEqualTo(2);
        assertThat(deliveries(issue)).isEqualTo(2);
        assertThat(jdbc.queryForMap("select status, claimed_by from news_issue where id = ?", issue))
                .containsEntry("STATUS", "SENDING")
                .containsEntry("CLAIMED_BY", "another-run");
    }

    @Test
    void aBodyThatRendersToMoreHtmlThanAMailHoldsIsRefusedAndItsTestSendDoesNotFail() throws Exception {
        String bomb = "[a]: https://example.org/" + "x".repeat(200) + "\n\n" + "[a]".repeat(1900);
        assertThat(bomb.length()).isLessThanOrEqualTo(NewsRules.MAX_BODY);
        FieldErrors errors = new FieldErrors();
        assertThat(news.create(new NewsRules.IssueInput("Bomb", bomb, List.of(), List.of()), errors))
                .isEmpty();
        assertThat(errors.has("body")).isTrue();

        // a draft saved before the rule: its test send is refused with a notice, not a server error
        long issue = news.create(new NewsRules.IssueInput("Bomb", "Short.", List.of(), List.of()), new FieldErrors())
                .orElseThrow();
        jdbc.update("update news_issue set body = ? where id = ?", bomb, issue);
        assertThat(testSend(issue)).hasStatus3xxRedirection().flash().containsEntry("notice", "news.admin.invalid");
        assertThat(jdbc.queryForObject(
                        "select count(*) from outgoing_mail where recipient = ?",
                        Integer.class,
                        TestAccounts.ADMIN_EMAIL))
                .isZero();
        assertThat(news.startSending(issue)).isFalse();
    }

    /** The content of the first part of this type, wherever it is in the message's tree. */
    static String part(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    int deliveries(long issue) {
        return jdbc.queryForObject("select count(*) from news_delivery where issue_id = ?", Integer.class, issue);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
