package org.healthcareershub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcareershub.browser.BrowserSession.assertAccessible;
import static org.healthcareershub.browser.BrowserSession.screenshot;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A job seeker creates an account, confirms it from the email GreenMail received, and uses it. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3027"})
class AccountJourneyIT {

    static final String EMAIL = "journey.seeker@example.com";
    static final String PASSWORD = "harbor violet teacup";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3027, "127.0.0.1", "smtp"));

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void signsUpConfirmsSignsInSavesATrainingExportsAndDeletes() {
        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.locator(".site-nav__account").click();
            assertThat(page).hasURL(Pattern.compile(".*/sign-in$"));
            assertAccessible(page);
            page.getByText("Create an account").last().click();
            assertThat(page).hasURL(Pattern.compile(".*/sign-up$"));
            assertAccessible(page);

            // a first try with a common password comes back with the input kept and the error explained
            page.getByLabel("Your name").fill("Journey Seeker");
            page.getByLabel("Email address").fill(EMAIL);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill("password12345");
            page.locator("main button[type=submit]").click();
            assertThat(page.locator(".error-summary")).isVisible();
            assertThat(page.locator("#password-error")).containsText("too common");
            assertThat(page.getByLabel("Email address")).hasValue(EMAIL);
            assertAccessible(page);
            screenshot(page, "sign-up-errors");

            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill(PASSWORD);
            page.locator("main button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/sign-up/check-email$"));
            assertThat(page.locator("h1")).hasText("Check your email");
            assertAccessible(page);

            String verify = linkFromMail("/verify-email");
            page.navigate(url(verify));
            assertThat(page.locator("main")).containsText("is confirmed");
            assertAccessible(page);

            page.navigate(url("/sign-in"));
            String before = sessionCookie(context);
            page.getByLabel("Email address").fill(EMAIL);
            page.getByLabel("Password").fill(PASSWORD);
            page.locator("main button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/account$"));
            assertThat(page.locator("h1")).hasText("My account");
            assertThat(page.locator(".site-nav__account")).hasText("My account");
            assertThat(sessionCookie(context))
                    .as("a new session id after sign-in")
                    .isNotEqualTo(before);
            assertAccessible(page);
            screenshot(page, "account-home");

            // save a training from the catalog; htmx swaps the button in place
            page.navigate(url("/trainings"));
            com.microsoft.playwright.Locator card =
                    page.locator("#results .training-card").first();
            String title = card.locator(".card__title").innerText().strip();
            String href = card.locator(".card__title a").getAttribute("href");
            String id = href.substring(href.lastIndexOf('/') + 1);
            card.locator("form.save button").click();
            assertThat(card.locator("form.save button")).containsText("Remove from saved");
            assertAccessible(page);
            page.navigate(url("/account"));
            assertThat(page.locator(".saved-list")).containsText(title);
            assertAccessible(page);
            screenshot(page, "account-saved");

            // download my data
            com.microsoft.playwright.Download download = page.waitForDownload(
                    () -> page.getByText("Download my data").click());
            String json;
            try {
                json = java.nio.file.Files.readString(download.path());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(json)
                    .contains("\"email\":\"" + EMAIL + "\"")
                    .contains("Journey Seeker")
                    .containsPattern("\\{\"kind\":\"training\",\"key\":\"" + id + "\"");

            // delete the account, confirmed by password
            page.navigate(url("/account/delete"));
            assertAccessible(page);
            page.getByLabel("Your password").fill("not my password at all");
            page.locator("main button[type=submit]").click();
            assertThat(page.locator("#password-error")).isVisible();
            page.getByLabel("Your password").fill(PASSWORD);
            page.locator("main button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Your account is deleted");
            assertAccessible(page);
            assertThat(page.locator(".site-nav__account")).hasText("Sign in");

            page.navigate(url("/sign-in"));
            page.getByLabel("Email address").fill(EMAIL);
            page.getByLabel("Password").fill(PASSWORD);
            page.locator("main button[type=submit]").click();
            assertThat(page.locator(".error-summary")).containsText("did not match");
        }
    }

    @Test
    void anEmployerSignsUpAndStaffVerifyTheOrganization() {
        String organization = "Sample Journey Care Partners";
        String employerEmail = "journey.employer@example.com";
        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(url("/sign-up"));
            page.getByLabel("An employer who wants to list my organization").check();
            page.getByLabel("Your name").fill("Journey Employer");
            page.getByLabel("Email address").fill(employerEmail);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill(PASSWORD);
            page.getByLabel("Organization name").fill(organization);
            page.locator("main button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/sign-up/check-email$"));
            linkFromMail("/verify-email");
        }
        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(url("/sign-in"));
            page.getByLabel("Email address").fill("admin@example.org");
            page.getByLabel("Password").fill("test-admin-password-123");
            page.locator("main button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/admin$"));
            assertAccessible(page);

            page.navigate(url("/admin/accounts/verification"));
            assertThat(page.locator("#queue")).containsText(organization);
            assertThat(page.locator("#queue")).containsText(employerEmail);
            assertAccessible(page);
            screenshot(page, "admin-verification-queue");
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Verify " + organization))
                    .click();
            assertThat(page.locator("main")).containsText(organization + " is verified");
            assertAccessible(page);
            assertThat(greenMail.waitForIncomingEmail(15_000, 2)).isTrue();

            page.navigate(url("/admin/audit"));
            assertThat(page.locator("main table")).containsText("admin@example.org");
            assertAccessible(page);
            page.navigate(url("/admin/accounts?q=journey.employer"));
            assertThat(page.locator("main table")).containsText(employerEmail);
            assertAccessible(page);

            page.navigate(url("/employers?q=" + organization.replace(' ', '+')));
            assertThat(page.locator(".employer-card").first()).containsText(organization);
        }
    }

    String linkFromMail(String path) {
        assertThat(greenMail.waitForIncomingEmail(15_000, 1)).isTrue();
        MimeMessage[] messages = greenMail.getReceivedMessages();
        String body = GreenMailUtil.getBody(messages[messages.length - 1])
                .replace("=\r\n", "")
                .replace("=3D", "=");
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+)")
                .matcher(body);
        assertThat(m.find()).as("a %s link in the email", path).isTrue();
        return m.group(1);
    }

    static String sessionCookie(BrowserContext context) {
        return context.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElse("");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
