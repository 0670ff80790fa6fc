package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.accounts.domain.SignInLinks;
import org.healthcareershub.identity.EmailVerification;
import org.healthcareershub.web.MovableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Lockout is not a weapon: five wrong passwords lock an email for everyone, and the owner gets in anyway
 * with a one-time link mailed to the address. Real H2 and SMTP (GreenMail); time moves on a test clock.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@AutoConfigureMockMvc
@Tag("db")
class SignInLinkTests {

    static final MovableClock CLOCK = new MovableClock();
    static final AtomicInteger ADDRESSES = new AtomicInteger();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    Account account(String name) {
        return new TestAccounts(accounts, encoder).create(Role.SEEKER, name, false, null, "en");
    }

    /** Each test speaks from its own client addresses, so per-address limits never leak between tests. */
    static String clientAddress() {
        return "10.30." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
    }

    MvcTestResult signIn(MockHttpSession session, String email, String password) {
        return mvc.post()
                .uri("/sign-in")
                .session(session)
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(clientAddress());
                    return r;
                })
                .param("email", email)
                .param("password", password)
                .exchange();
    }

    /** Fails the password five times; the last answer says the email is locked. */
    MockHttpSession lock(String email) {
        MockHttpSession session = new MockHttpSession();
        for (int i = 1; i < 5; i++) {
            assertThat(signIn(session, email, "wrong guess " + i).getResponse().getRedirectedUrl())
                    .isEqualTo("/sign-in?error");
        }
        assertThat(signIn(session, email, "wrong guess 5").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?locked");
        return session;
    }

    MvcTestResult askForLink(String email, String clientAddress) {
        return mvc.post()
                .uri("/sign-in/email-link")
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(clientAddress);
                    return r;
                })
                .param("email", email)
                .exchange();
    }

    /** Waits for the count-th message to the address, then returns the messages to it. */
    static List<MimeMessage> mailTo(String email, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<MimeMessage> to = messagesTo(email);
            if (to.size() >= count) {
                return to;
            }
            assertThat(System.nanoTime())
                    .as("%d messages to the address within 20 s", count)
                    .isLessThan(deadline);
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
    }

    /** Mail goes out after the response on another thread: give a message that should not come time to. */
    static List<MimeMessage> afterAWhile(String email) throws InterruptedException {
        Thread.sleep(1_500);
        return messagesTo(email);
    }

    static List<MimeMessage> messagesTo(String email) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return GreenMailUtil.getAddressList(m.getAllRecipients())
                                .contains(email);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    static String link(MimeMessage message) {
        Matcher m = Pattern.compile("http://localhost:8080(/sign-in/link\\?token=[A-Za-z0-9_-]+)")
                .matcher(body(message));
        assertThat(m.find()).as("a sign-in link in the message").isTrue();
        return m.group(1);
    }

    static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }

    static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Opens the link's page and presses its button, in the given session. */
    MvcTestResult useLink(String link, MockHttpSession session) throws Exception {
        MvcTestResult page = mvc.get().uri(link).session(session).exchange();
        assertThat(page).hasStatusOk();
        String token = html(page)
                .select("form[action=/sign-in/link] input[name=token]")
                .val();
        return mvc.post()
                .uri("/sign-in/link")
                .session(session)
                .with(csrf())
                .with(r -> {
                    // as a browser sending its session cookie
                    r.setRequestedSessionId(session.getId());
                    r.setRequestedSessionIdValid(true);
                    return r;
                })
                .param("token", token)
                .exchange();
    }

    /** Presses a link page's button with the given token, in a new session. */
    MvcTestResult redeem(String token) {
        return mvc.post()
                .uri("/sign-in/link")
                .with(csrf())
                .param("token", token)
                .exchange();
    }

    @Test
    void theFailureThatLocksAnEmailMailsItsOwnerOneLinkWithTheAttempts() throws Exception {
        Account owner = account("Lena Lock");
        MockHttpSession session = lock(owner.getEmail());
        // attempts while the lock holds are refused before the password is checked, and mail nothing more
        signIn(session, owner.getEmail(), TestAccounts.PASSWORD);
        signIn(session, owner.getEmail(), "wrong guess 6");

        MimeMessage message = mailTo(owner.getEmail(), 1).get(0);
        assertThat(message.getSubject()).contains("failed attempts to sign in");
        assertThat(body(message))
                .contains("Lena Lock")
                .contains("There were 5 failed attempts")
                .contains("2026-01-05")
                .contains("UTC")
                .contains("paused for 15 minutes")
                .contains("/reset-password");
        link(message);
        assertThat(afterAWhile(owner.getEmail())).hasSize(1);

        Document page = html(mvc.get().uri("/sign-in?locked").session(session).exchange());
        assertThat(page.select("form[action=/sign-in/email-link] input[name=email]")
                        .val())
                .isEqualTo(owner.getEmail());
        assertThat(page.select("form[action=/sign-in/email-link] button").text())
                .isEqualTo("Email me a sign-in link");
    }

    @Test
    void aStrangerWhoKeepsRelockingAnEmailGetsItsOwnerOneLockoutMailPerInterval() throws Exception {
        Account owner = account("Rory Relocked");
        lock(owner.getEmail());
        mailTo(owner.getEmail(), 1);

        CLOCK.advance(Duration.ofMinutes(16));
        lock(owner.getEmail());
        assertThat(afterAWhile(owner.getEmail())).hasSize(1);

        CLOCK.advance(SignInLinks.LOCKOUT_MAIL_INTERVAL);
        lock(owner.getEmail());
        assertThat(mailTo(owner.getEmail(), 2)).hasSize(2);
        assertThat(afterAWhile(owner.getEmail())).hasSize(2);
    }

    @Test
    void anUnknownAddressLocksAndAnswersTheSameAndNobodyIsMailed() throws Exception {
        Account owner = account("Kai Known");
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        MockHttpSession known = lock(owner.getEmail());
        MockHttpSession unknown = lock(nobody);
        mailTo(owner.getEmail(), 1);

        String knownPage = html(mvc.get().uri("/sign-in?locked").session(known).exchange())
                .select("main")
                .text();
        String unknownPage = html(mvc.get()
                        .uri("/sign-in?locked")
                        .session(unknown)
                        .exchange())
                .select("main")
                .text();
        assertThat(unknownPage).isEqualTo(knownPage).contains("Email me a sign-in link");

        MvcTestResult askedKnown = askForLink(owner.getEmail(), clientAddress());
        MvcTestResult askedUnknown = askForLink(nobody, clientAddress());
        assertThat(askedKnown).hasStatusOk();
        assertThat(askedUnknown).hasStatusOk();
        assertThat(html(askedUnknown).select("main").text())
                .isEqualTo(html(askedKnown).select("main").text());
        assertThat(afterAWhile(nobody)).isEmpty();
        assertThat(mailTo(owner.getEmail(), 2)).hasSize(2);
    }

    @Test
    void theLinkSignsTheOwnerInOnceWhileTheirPasswordStaysLocked() throws Exception {
        Account owner = account("Mia Link");
        lock(owner.getEmail());
        String link = link(mailTo(owner.getEmail(), 1).get(0));

        // the page behind the link only shows a button: a mail scanner fetching it uses nothing up
        MockHttpSession browser = new MockHttpSession();
        assertThat(mvc.get().uri("/account/security").session(browser).exchange())
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(link).exchange()).hasStatusOk();
        assertThat(mvc.post()
                        .uri("/sign-in/link")
                        .session(browser)
                        .param("token", token(link))
                        .exchange())
                .as("no CSRF token")
                .hasStatus(HttpStatus.FORBIDDEN);

        String idBefore = browser.getId();
        MvcTestResult in = useLink(link, browser);
        assertThat(in.getResponse().getRedirectedUrl()).contains("/account/security");
        MockHttpSession session = (MockHttpSession) in.getRequest().getSession();
        assertThat(session.getId()).isNotEqualTo(idBefore);
        SecurityContext context = (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains(Role.SEEKER.authority(), EmailVerification.AUTHORITY, FactorGrantedAuthority.OTT_AUTHORITY);
        assertThat(mvc.get().uri("/account").session(session).exchange()).hasStatusOk();
        Account stored = accounts.findById(owner.getId()).orElseThrow();
        assertThat(stored.getLastSignInAt()).isNotNull();
        assertThat(stored.isVerified()).as("the link proves the mailbox").isTrue();

        // the lock still holds for the password, whoever types it
        assertThat(signIn(new MockHttpSession(), owner.getEmail(), TestAccounts.PASSWORD)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/sign-in?locked");
        // and the link works once
        assertThat(redeem(token(link)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("already been used");
        assertThat(mvc.get().uri(link).exchange()).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aLinkExpiresAndUnknownLinksAreExplained() throws Exception {
        Account owner = account("Ned Late");
        lock(owner.getEmail());
        String link = link(mailTo(owner.getEmail(), 1).get(0));
        CLOCK.advance(Duration.ofMinutes(16));
        assertThat(mvc.get().uri(link).exchange())
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("has expired");
        MvcTestResult late = redeem(token(link));
        assertThat(late).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("has expired");
        assertThat(late.getRequest().getSession().getAttribute("SPRING_SECURITY_CONTEXT"))
                .isNull();
        for (String token : List.of("", "nonsense", "x".repeat(5_000))) {
            assertThat(redeem(token))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyText()
                    .contains("do not recognize");
        }
        assertThat(mvc.get().uri("/sign-in/link").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aSuspendedAccountCannotUseItsLink() throws Exception {
        Account owner = account("Ola Out");
        lock(owner.getEmail());
        String link = link(mailTo(owner.getEmail(), 1).get(0));
        Account suspended = accounts.findById(owner.getId()).orElseThrow();
        suspended.suspend();
        accounts.save(suspended);

        MvcTestResult refused = useLink(link, new MockHttpSession());
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN).bodyText().contains("suspended");
        assertThat(refused.getRequest().getSession().getAttribute("SPRING_SECURITY_CONTEXT"))
                .isNull();
        assertThat(accounts.findById(owner.getId()).orElseThrow().getLastSignInAt())
                .isNull();

        // a suspended account is not offered a new link either
        assertThat(askForLink(owner.getEmail(), clientAddress())).hasStatusOk();
        assertThat(afterAWhile(owner.getEmail())).hasSize(1);
    }

    @Test
    void askingForALinkIsLimitedAndSendsOnlyForALockedAddress() throws Exception {
        Account owner = account("Pia Paused");
        String address = clientAddress();
        // not locked: the same answer, and no mail (a link is not a way around the password)
        MvcTestResult notLocked = askForLink(owner.getEmail(), address);
        assertThat(notLocked).hasStatusOk();
        lock(owner.getEmail());
        String first = link(mailTo(owner.getEmail(), 1).get(0));
        MvcTestResult locked = askForLink(owner.getEmail().toUpperCase(), address);
        assertThat(html(locked).select("main").text())
                .isEqualTo(html(notLocked).select("main").text());
        List<MimeMessage> mail = mailTo(owner.getEmail(), 2);
        assertThat(afterAWhile(owner.getEmail())).hasSize(2);
        MimeMessage asked = mail.get(1);
        assertThat(asked.getSubject()).contains("your sign-in link");
        String second = link(asked);
        // a new link retires the one before
        assertThat(mvc.get().uri(first).exchange()).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri(second).exchange()).hasStatusOk();

        // three links an hour per email address, from any client address; the refusal says so
        askForLink(owner.getEmail(), clientAddress());
        MvcTestResult refused = askForLink(owner.getEmail(), clientAddress());
        assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(html(refused).select("#email-error").text()).contains("Too many emails");
        assertThat(html(refused).select("#email").val()).isEqualTo(owner.getEmail());
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        for (int i = 0; i < 3; i++) {
            askForLink(nobody, clientAddress());
        }
        assertThat(askForLink(nobody, clientAddress())).hasStatus(HttpStatus.TOO_MANY_REQUESTS);

        MvcTestResult bad = askForLink("not an address", clientAddress());
        assertThat(bad).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(html(bad).select("#email").val()).isEqualTo("not an address");
    }
}
