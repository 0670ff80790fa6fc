package org.healthcareershub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcareershub.browser.BrowserSession.assertAccessible;
import static org.healthcareershub.browser.BrowserSession.screenshot;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.time.Clock;
import java.util.regex.Pattern;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.TestPostings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A visitor reports a posting (first without JavaScript, then with it and axe-core scanning each page);
 * staff find the reports in the queue and take the posting down with a reason, which the organization is
 * mailed (kept in the outbox: the test has no SMTP server).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModerationJourneyIT {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobEditor editor;

    @Autowired
    Clock clock;

    @Test
    void aVisitorReportsAPostingAndStaffTakeItDown() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        String title = "Ocelot Journey Coordinator";
        long id = TestPostings.published(editor, org, clock, title);

        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(url("/jobs/" + id));
            page.waitForNavigation(() -> page.getByText("Report this posting").click());
            assertThat(page.locator("h1")).hasText("Report this posting");
            page.locator("#reason-MISLEADING").check();
            page.waitForNavigation(
                    () -> page.locator("main button[type=submit]").click());
            assertThat(page.locator("h1")).hasText("Thank you for your report");
        }

        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(url("/jobs/" + id + "/report"));
            assertAccessible(page);
            page.locator("#note").fill("They ask for a $40 background-check fee.");
            page.locator("main button[type=submit]").click();
            assertThat(page.locator(".error-summary")).isVisible();
            assertThat(page.locator(".error-summary")).isFocused();
            assertThat(page.locator("#reason-error")).isVisible();
            assertThat(page.locator("#note")).hasValue("They ask for a $40 background-check fee.");
            assertAccessible(page);
            screenshot(page, "report-errors");
            page.locator("#reason-SCAM").check();
            page.locator("main button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/jobs/" + id + "/report/thanks$"));
            assertAccessible(page);

            page.navigate(url("/sign-in"));
            page.getByLabel("Email address").fill("admin@example.org");
            page.getByLabel("Password").fill("test-admin-password-123");
            page.locator("main button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/admin$"));
            assertThat(page.locator("a[href='/admin/jobs/reports']")).containsText("Waiting:");
            page.locator("a[href='/admin/jobs/reports']").click();
            assertThat(page.locator("#posting-" + id)).containsText("Reports: 2");
            assertThat(page.locator("#posting-" + id)).containsText("background-check fee");
            assertAccessible(page);
            screenshot(page, "report-queue");

            page.locator("#posting-" + id + " a", new Page.LocatorOptions().setHasText("Take down"))
                    .click();
            page.locator("main button[type=submit]").click();
            assertThat(page.locator("#reason-error")).isVisible();
            assertAccessible(page);
            page.locator("#reason").fill("The posting asks applicants to pay a fee.");
            page.locator("main button[type=submit]").click();
            assertThat(page.locator("#notice")).containsText(title);
            assertThat(page.locator("#posting-" + id)).hasCount(0);
            assertAccessible(page);

            Response gone = page.navigate(url("/jobs/" + id));
            assertThat(gone.status()).isEqualTo(410);
            assertThat(page.locator("#gone")).containsText("Staff took this posting down");
        }
        assertThat(jdbc.queryForObject(
                        "select body from outgoing_mail where recipient = ? order by id desc limit 1",
                        String.class,
                        org.email()))
                .contains("The posting asks applicants to pay a fee.");
    }

    @Test
    void theReportFormFitsAPhone() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = TestPostings.published(editor, org, clock, "Ocelot Phone Coordinator");
        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 800))) {
            Page page = context.newPage();
            page.navigate(url("/jobs/" + id + "/report"));
            int overflow = (int) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow).as("horizontal overflow at 375 px").isLessThanOrEqualTo(0);
            assertAccessible(page);
            screenshot(page, "report-375");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
