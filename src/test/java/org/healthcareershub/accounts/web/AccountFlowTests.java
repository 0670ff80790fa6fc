package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Sign-up, verification, sign-in, reset and settings, with GreenMail receiving the real messages. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@AutoConfigureMockMvc
@Tag("db")
class AccountFlowTests {

    static final AtomicInteger ADDRESSES = new AtomicInteger();
    static final String PASSWORD = "river stone kettle";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${hub.security.sign-in-per-address}")
    int signInsPerAddress;

    static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** Each test speaks from its own client address, so per-address limits never leak between tests. */
    static String clientAddress() {
        return "10.20." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
    }

    MvcTestResult signUp(String address, String type, String name, String email, String password, String org) {
        return mvc.post()
                .uri("/sign-up")
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .param("accountType", type)
                .param("name", name)
                .param("email", email)
                .param("password", password)
                .param("organization", org)
                .param("website", "")
                .exchange();
    }

    MvcTestResult signIn(String address, String email, String password) {
        return mvc.post()
                .uri("/sign-in")
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .param("email", email)
                .param("password", password)
                .exchange();
    }

    /** Signs up a seeker, waits for the confirmation mail, signs in, and returns the session. */
    MockHttpSession signedInSeeker(String address, String name, String email) {
        signUp(address, "seeker", name, email, PASSWORD, "");
        mailTo(email, 1);
        return (MockHttpSession) signIn(address, email, PASSWORD).getRequest().getSession();
    }

    /** Message ids already handed to this test, so each call reads a message it has not read before. */
    final java.util.Set<String> read = new java.util.HashSet<>();

    /**
     * Waits until {@code expected} messages in all have arrived and one to {@code email} is new to this test,
     * then returns the newest such message. Private mail is sent after the response on another thread, so
     * messages to different addresses arrive in any order, and a late one from an earlier test may be counted.
     */
    MimeMessage mailTo(String email, int expected) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (true) {
            MimeMessage[] received = greenMail.getReceivedMessages();
            var newest = Arrays.stream(received)
                    .filter(m -> recipients(m).contains(email) && !read.contains(id(m)))
                    .reduce((first, second) -> second);
            if (received.length >= expected && newest.isPresent()) {
                read.add(id(newest.get()));
                return newest.get();
            }
            assertThat(System.nanoTime())
                    .as("%d messages with a new one to the address within 20 s", expected)
                    .isLessThan(deadline);
            greenMail.waitForIncomingEmail(200, received.length + 1);
        }
    }

    static String id(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String link(MimeMessage message, String path) {
        Matcher m = Pattern.compile("http://localhost:8080(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+)")
                .matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        assertThat(m.find()).as("a %s link in the message", path).isTrue();
        return m.group(1);
    }

    static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aSeekerSignsUpVerifiesFromTheEmailAndSignsIn() throws Exception {
        String email = uniqueEmail("ana");
        String address = clientAddress();
        MvcTestResult done = signUp(address, "seeker", "Ana Example", email, PASSWORD, "");
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/sign-up/check-email");
        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.isVerified()).isFalse();
        assertThat(account.getPasswordHash()).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");

        MimeMessage message = mailTo(email, 1);
        assertThat(message.getSubject()).contains("confirm your email");
        assertThat(GreenMailUtil.getBody(message)).contains("Ana Example");
        String verify = link(message, "/verify-email");

        // unverified accounts can sign in; the account page asks them to confirm
        MvcTestResult in = signIn(address, email, PASSWORD);
        assertThat(in.getResponse().getRedirectedUrl()).isEqualTo("/account");
        MockHttpSession session = (MockHttpSession) in.getRequest().getSession();
        assertThat(html(mvc.get().uri("/account").session(session).exchange())
                        .select("main")
                        .text())
                .contains("Please confirm your email address");

        assertThat(mvc.get().uri(verify).exchange()).hasStatusOk().bodyText().contains("is confirmed");
        assertThat(accounts.findByEmail(email).orElseThrow().isVerified()).isTrue();
        // the same session sees the change at once
        assertThat(html(mvc.get().uri("/account").session(session).exchange())
                        .select("main")
                        .text())
                .doesNotContain("Please confirm your email address");
        // a link works once
        assertThat(mvc.get().uri(verify).exchange())
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("already been used");
    }

    @Test
    void anExpiredOrUnknownVerificationLinkIsExplained() throws Exception {
        String email = uniqueEmail("bo");
        signUp(clientAddress(), "seeker", "Bo", email, PASSWORD, "");
        String verify = link(mailTo(email, 1), "/verify-email");
        jdbc.update(
                "update account_token set expires_at = ? where account_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)),
                accounts.findByEmail(email).orElseThrow().getId());
        assertThat(mvc.get().uri(verify).exchange())
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("has expired");
        assertThat(accounts.findByEmail(email).orElseThrow().isVerified()).isFalse();
        assertThat(mvc.get().uri("/verify-email?token=nonsense").exchange())
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("do not recognize");
    }

    @Test
    void aNewVerificationLinkCanBeAskedForAndRetiresTheOldOne() throws Exception {
        String email = uniqueEmail("cy");
        String address = clientAddress();
        signUp(address, "seeker", "Cy", email, PASSWORD, "");
        String first = link(mailTo(email, 1), "/verify-email");
        MockHttpSession session =
                (MockHttpSession) signIn(address, email, PASSWORD).getRequest().getSession();
        MvcTestResult resent = mvc.post()
                .uri("/account/verification")
                .session(session)
                .with(csrf())
                .exchange();
        assertThat(resent.getResponse().getRedirectedUrl()).isEqualTo("/account");
        String second = link(mailTo(email, 2), "/verify-email");
        assertThat(second).isNotEqualTo(first);
        assertThat(mvc.get().uri(first).exchange()).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri(second).exchange()).hasStatusOk();
        // the per-account limit (3 an hour) stops the flood
        for (int i = 0; i < 3; i++) {
            mvc.post()
                    .uri("/account/verification")
                    .session(session)
                    .with(csrf())
                    .exchange();
        }
        assertThat(accounts.findByEmail(email).orElseThrow().isVerified()).isTrue();
    }

    @Test
    void aDuplicateSignUpLooksLikeSuccessAndTellsTheOwner() throws Exception {
        String email = uniqueEmail("dee");
        signUp(clientAddress(), "seeker", "Dee", email, PASSWORD, "");
        mailTo(email, 1);
        MvcTestResult again = signUp(clientAddress(), "seeker", "Someone Else", email.toUpperCase(), PASSWORD, "");
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/sign-up/check-email");
        MimeMessage notice = mailTo(email, 2);
        assertThat(notice.getSubject()).contains("tried to sign up");
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email))
                .isEqualTo(1);
        assertThat(accounts.findByEmail(email).orElseThrow().getDisplayName()).isEqualTo("Dee");
    }

    @Test
    void signUpPromisesOnlyWhatAnAccountOffersToday() throws Exception {
        Document english = html(mvc.get().uri("/sign-up").exchange());
        assertThat(english.select(".lead").text())
                .contains("Save trainings and employers")
                .doesNotContainIgnoringCase("alert")
                .doesNotContainIgnoringCase("news")
                .doesNotContain("may contact you");
        // No field lets a seeker choose whether employers may contact them yet, so no page may promise it.
        assertThat(english.select("form input[name~=(?i)contact|consent|opt]")).isEmpty();
        Document spanish = html(mvc.get().uri("/sign-up?lang=es").exchange());
        assertThat(spanish.select(".lead").text())
                .doesNotContainIgnoringCase("alertas")
                .doesNotContain("pueden contactarle");
    }

    @Test
    void badSignUpInputIsExplainedNextToEachFieldAndKept() throws Exception {
        MvcTestResult result = signUp(clientAddress(), "employer", "", "not-an-email", "password1234", "");
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = html(result);
        assertThat(page.select("#name-error").text()).isEqualTo("Enter your name");
        assertThat(page.select("#email-error").text()).contains("name@example.com");
        assertThat(page.select("#password-error").text()).contains("too common");
        assertThat(page.select("#organization-error").text()).contains("organization");
        assertThat(page.select("#email").val()).isEqualTo("not-an-email");
        assertThat(page.select("#password").val()).isEmpty();
        assertThat(page.select("#accountType-employer").hasAttr("checked")).isTrue();
        assertThat(page.select("#email").attr("aria-describedby")).contains("email-error");
        assertThat(page.select(".error-summary li a").eachAttr("href"))
                .containsExactly("#name", "#email", "#password", "#organization");
        assertThat(html(signUp(clientAddress(), "seeker", "Ed", uniqueEmail("ed"), "short", ""))
                        .select("#password-error")
                        .text())
                .isEqualTo("Use at least 12 characters");
    }

    @Test
    void oneMailboxSpelledAnotherWayIsTheSameAccount() throws Exception {
        String local = "jose\u0301-" + UUID.randomUUID().toString().substring(0, 8);
        signUp(clientAddress(), "seeker", "José", local + "@Example.COM", PASSWORD, "");
        String stored = java.text.Normalizer.normalize(local, java.text.Normalizer.Form.NFC) + "@example.com";
        mailTo(stored, 1);

        String composed = java.text.Normalizer.normalize(local.toUpperCase(), java.text.Normalizer.Form.NFC);
        signUp(clientAddress(), "seeker", "Someone Else", "  " + composed + "@EXAMPLE.com ", PASSWORD, "");

        assertThat(mailTo(stored, 2).getSubject()).contains("tried to sign up");
        assertThat(jdbc.queryForObject(
                        "select count(*) from account where lower(email) like ?",
                        Integer.class,
                        "jos%" + local.substring(5) + "@example.com"))
                .isEqualTo(1);
        assertThat(accounts.findByEmail(stored)).isPresent();
    }

    @Test
    void everyEmailFieldSaysWhyANamedAddressOrAnAddressLiteralIsRefused() throws Exception {
        Document signUp = html(signUp(clientAddress(), "seeker", "Lu", "Lu Example <lu@example.com>", PASSWORD, ""));
        assertThat(signUp.select("#email-error").text()).contains("without a name");
        assertThat(signUp.select("#email").val()).isEqualTo("Lu Example <lu@example.com>");

        MvcTestResult reset = mvc.post()
                .uri("/reset-password")
                .with(csrf())
                .param("email", "lu@[127.0.0.1]")
                .exchange();
        assertThat(reset).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(html(reset).select("#email-error").text()).contains("not an IP address");

        MockHttpSession session = signedInSeeker(clientAddress(), "Lu", uniqueEmail("lu"));
        MvcTestResult change = mvc.post()
                .uri("/account/security/email")
                .session(session)
                .with(csrf())
                .param("newEmail", "<lu@example.com>")
                .param("emailPassword", PASSWORD)
                .exchange();
        assertThat(change).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(html(change).select("#newEmail-error").text()).contains("without a name");
    }

    @Test
    void anEmployerSignUpCreatesAPendingOrganizationThatIsNotPublic() throws Exception {
        String email = uniqueEmail("hr");
        String org =
                "Sample Harbor Care Network " + UUID.randomUUID().toString().substring(0, 6);
        signUp(clientAddress(), "employer", "Fay Hr", email, PASSWORD, org);
        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.getRole()).isEqualTo(Role.EMPLOYER);
        assertThat(account.getEmployerId()).isNotNull();
        var row =
                jdbc.queryForMap("select slug, name, verification from employer where id = ?", account.getEmployerId());
        assertThat(row.get("name")).isEqualTo(org);
        assertThat(row.get("verification")).isEqualTo("PENDING");
        assertThat(mvc.get().uri("/employers/" + row.get("slug")).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject(
                        "select contact_email from employer where id = ?", String.class, account.getEmployerId()))
                .isEqualTo(email);

        // the organization's contact address follows its person to a new address
        String address = clientAddress();
        mailTo(email, 1);
        MockHttpSession session =
                (MockHttpSession) signIn(address, email, PASSWORD).getRequest().getSession();
        String newEmail = uniqueEmail("hr-new");
        mvc.post()
                .uri("/account/security/email")
                .session(session)
                .with(csrf())
                .param("newEmail", newEmail)
                .param("emailPassword", PASSWORD)
                .exchange();
        assertThat(mvc.get()
                        .uri(link(mailTo(newEmail, 2), "/verify-email/change"))
                        .exchange())
                .hasStatusOk();
        assertThat(jdbc.queryForObject(
                        "select contact_email from employer where id = ?", String.class, account.getEmployerId()))
                .isEqualTo(newEmail);
    }

    @Test
    void onlySomeoneWithThePasswordLearnsThatAnAccountIsSuspended() {
        String email = uniqueEmail("sus");
        String address = clientAddress();
        signUp(address, "seeker", "Sus", email, PASSWORD, "");
        Account account = accounts.findByEmail(email).orElseThrow();
        account.suspend();
        accounts.save(account);
        assertThat(signIn(address, email, "a wrong password").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error");
        assertThat(signIn(address, email, PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?suspended");
    }

    @Test
    void signUpIsRateLimitedPerClientAddress() throws Exception {
        String address = clientAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(signUp(address, "seeker", "Gus", uniqueEmail("gus"), PASSWORD, ""))
                    .hasStatus3xxRedirection();
        }
        MvcTestResult refused = signUp(address, "seeker", "Gus", uniqueEmail("gus"), PASSWORD, "");
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(html(refused).select("#email-error").text()).contains("Too many sign-ups");
    }

    @Test
    void signInChangesTheSessionIdAndWrongPasswordsLockTheEmailForAWhile() throws Exception {
        String email = uniqueEmail("hal");
        String address = clientAddress();
        signUp(address, "seeker", "Hal", email, PASSWORD, "");
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();
        MvcTestResult good = mvc.post()
                .uri("/sign-in")
                .session(before)
                .with(csrf())
                .with(r -> {
                    r.setRequestedSessionId(idBefore);
                    r.setRequestedSessionIdValid(true);
                    r.setRemoteAddr(address);
                    return r;
                })
                .param("email", email)
                .param("password", PASSWORD)
                .exchange();
        assertThat(good.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(good.getRequest().getSession().getId()).isNotEqualTo(idBefore);
        assertThat(accounts.findByEmail(email).orElseThrow().getLastSignInAt()).isNotNull();

        for (int i = 0; i < 4; i++) {
            assertThat(signIn(address, email, "wrong password " + i)
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/sign-in?error");
        }
        assertThat(signIn(address, email, "wrong password 5").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?locked");
        // now even the right password waits, from any address
        assertThat(signIn(clientAddress(), email, PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?locked");
        MockHttpSession failed =
                (MockHttpSession) signIn(address, email, PASSWORD).getRequest().getSession();
        Document page = html(mvc.get().uri("/sign-in?locked").session(failed).exchange());
        assertThat(page.select(".error-summary").text()).contains("paused for 15 minutes");
        assertThat(page.select("#email").val()).isEqualTo(email);
    }

    @Test
    void unknownEmailsLockTheSameWaySoLockoutRevealsNothing() {
        String address = clientAddress();
        String nobody = uniqueEmail("nobody");
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(address, nobody, "guess " + i).getResponse().getRedirectedUrl())
                    .isEqualTo("/sign-in?error");
        }
        assertThat(signIn(address, nobody, "guess 5").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?locked");
    }

    @Test
    void oneClientAddressCannotTryTooManySignIns() {
        String address = clientAddress();
        for (int i = 0; i < signInsPerAddress; i++) {
            signIn(address, uniqueEmail("spray"), "guess " + i);
        }
        assertThat(signIn(address, uniqueEmail("spray"), "guess").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?throttled");
    }

    @Test
    void passwordResetMailsASingleUseLinkAndNeverRevealsWhetherTheAddressIsKnown() throws Exception {
        String email = uniqueEmail("ivy");
        String address = clientAddress();
        signUp(address, "seeker", "Ivy", email, PASSWORD, "");
        mailTo(email, 1);

        MvcTestResult unknown = mvc.post()
                .uri("/reset-password")
                .with(csrf())
                .param("email", uniqueEmail("stranger"))
                .exchange();
        MvcTestResult known = mvc.post()
                .uri("/reset-password")
                .with(csrf())
                .param("email", email)
                .exchange();
        assertThat(html(unknown).select("main").text())
                .isEqualTo(html(known).select("main").text());

        MimeMessage message = mailTo(email, 2);
        assertThat(message.getSubject()).contains("reset your password");
        String reset = link(message, "/reset-password/new");
        assertThat(mvc.get().uri(reset).exchange()).hasStatusOk();
        String token = reset.substring(reset.indexOf("token=") + 6);

        MvcTestResult weak = mvc.post()
                .uri("/reset-password/new")
                .with(csrf())
                .param("token", token)
                .param("password", "qwertyuiop123")
                .exchange();
        assertThat(weak).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(html(weak).select("#password-error").text()).contains("too common");
        MvcTestResult ownEmail = mvc.post()
                .uri("/reset-password/new")
                .with(csrf())
                .param("token", token)
                .param("password", email)
                .exchange();
        assertThat(ownEmail).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);

        String newPassword = "copper meadow lighthouse";
        MvcTestResult done = mvc.post()
                .uri("/reset-password/new")
                .with(csrf())
                .param("token", token)
                .param("password", newPassword)
                .exchange();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?reset");
        assertThat(mailTo(email, 3).getSubject()).contains("password was changed");
        assertThat(signIn(address, email, PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error");
        assertThat(signIn(address, email, newPassword).getResponse().getRedirectedUrl())
                .isEqualTo("/account");
        assertThat(mvc.post()
                        .uri("/reset-password/new")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "another fine passphrase")
                        .exchange())
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("already been used");
    }

    @Test
    void changingPasswordAndEmailNeedTheCurrentPasswordAndTheNewAddressConfirms() throws Exception {
        String email = uniqueEmail("jo");
        String address = clientAddress();
        MockHttpSession session = signedInSeeker(address, "Jo", email);

        MvcTestResult wrong = mvc.post()
                .uri("/account/security/password")
                .session(session)
                .with(csrf())
                .param("currentPassword", "not it at all")
                .param("newPassword", "short")
                .exchange();
        assertThat(wrong).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(html(wrong).select("#currentPassword-error").text()).contains("not your current password");
        assertThat(html(wrong).select("#newPassword-error").text()).contains("12 characters");

        String newEmail = uniqueEmail("jo-new");
        MvcTestResult change = mvc.post()
                .uri("/account/security/email")
                .session(session)
                .with(csrf())
                .param("newEmail", newEmail)
                .param("emailPassword", PASSWORD)
                .exchange();
        assertThat(change.getResponse().getRedirectedUrl()).isEqualTo("/account/security");
        String confirm = link(mailTo(newEmail, 2), "/verify-email/change");
        assertThat(accounts.findByEmail(email)).isPresent();
        assertThat(mvc.get().uri(confirm).exchange()).hasStatusOk().bodyText().contains("email address is changed");
        assertThat(mailTo(email, 3).getSubject()).contains("email address was changed");
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(accounts.findByEmail(newEmail).orElseThrow().isVerified()).isTrue();
        assertThat(signIn(address, newEmail, PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/account");
    }

    @Test
    void aPasswordChangeEndsTheAccountsOtherSessionsButKeepsThisOne() throws Exception {
        String email = uniqueEmail("kay");
        String address = clientAddress();
        MockHttpSession laptop = signedInSeeker(address, "Kay", email);
        MockHttpSession phone =
                (MockHttpSession) signIn(address, email, PASSWORD).getRequest().getSession();
        assertThat(mvc.get().uri("/account").session(phone).exchange()).hasStatusOk();

        MvcTestResult changed = mvc.post()
                .uri("/account/security/password")
                .session(laptop)
                .with(csrf())
                .param("currentPassword", PASSWORD)
                .param("newPassword", "quartz willow parade")
                .exchange();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account/security");
        assertThat(mvc.get().uri("/account").session(laptop).exchange()).hasStatusOk();
        assertThat(mvc.get()
                        .uri("/account")
                        .session(phone)
                        .exchange()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/sign-in");
        assertThat(mailTo(email, 2).getSubject()).contains("password was changed");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        assertThat(mvc.post()
                        .uri("/sign-up")
                        .param("accountType", "seeker")
                        .param("name", "Kim")
                        .param("email", uniqueEmail("kim"))
                        .param("password", PASSWORD)
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/sign-in")
                        .param("email", "a@example.com")
                        .param("password", "x")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/reset-password")
                        .param("email", "a@example.com")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void accountPagesNeedSigningIn() {
        assertThat(mvc.get().uri("/account").exchange().getResponse().getRedirectedUrl())
                .endsWith("/sign-in");
        assertThat(mvc.get().uri("/account/security").exchange().getResponse().getRedirectedUrl())
                .endsWith("/sign-in");
    }
}
