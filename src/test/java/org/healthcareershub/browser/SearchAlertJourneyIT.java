package org.healthcareershub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcareershub.browser.BrowserSession.assertAccessible;
import static org.healthcareershub.browser.BrowserSession.screenshot;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.regex.Pattern;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A seeker on a phone: the job search's "Email me new results" asks a visitor to sign in and comes back;
 * after an htmx search the control carries the new search; the alert is saved, paused and changed on
 * /account/alerts; the unsubscribe page asks before it ends anything. axe-core on every page, no
 * horizontal overflow at 375 px.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hub.alerts.schedule-delay=PT1H"})
class SearchAlertJourneyIT {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Account seeker;

    @AfterEach
    void removeTheAccount() {
        if (seeker != null) {
            jdbc.update("delete from search_alert where account_id = ?", seeker.getId());
            jdbc.update("delete from account where id = ?", seeker.getId());
        }
    }

    @Test
    void savesAnAlertFromAnHtmxSearchAndManagesIt() {
        seeker = accounts.create(Role.SEEKER, "Alert Journey Seeker");
        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 800))) {
            Page page = context.newPage();
            page.navigate(url("/jobs?q=coordinator"));
            look(page, "alert-visitor");
            page.locator(".alert-control a").click();
            assertThat(page).hasURL(Pattern.compile(".*/sign-in$"));
            page.getByLabel("Email address").fill(seeker.getEmail());
            page.getByLabel("Password").fill(TestAccounts.PASSWORD);
            page.locator("main button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/jobs\\?q=coordinator$"));
            assertThat(page.locator(".alert-control input[name=q]")).hasValue("coordinator");

            page.evaluate("window.__marker = 1");
            page.locator("#job-search #q").fill("care coordinator");
            Response response = page.waitForResponse(
                    r -> r.url().contains("/jobs?") && r.request().headers().containsKey("hx-request"),
                    () -> page.locator("#job-search button[type=submit]").click());
            assertThat(response.status()).isEqualTo(200);
            page.waitForFunction("() => !document.querySelector('.htmx-request')");
            assertThat(page.evaluate("window.__marker")).as("swapped by htmx").isEqualTo(1);
            assertThat(page.locator(".alert-control input[name=q]")).hasValue("care coordinator");
            look(page, "alert-control");

            page.locator(".alert-control").getByLabel("Daily").check();
            page.locator(".alert-control button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/account/alerts(#.*)?$"));
            assertThat(page.locator(".notice")).containsText("Alert saved");
            assertThat(page.locator(".alert-entry")).hasCount(1);
            assertThat(page.locator(".alert-entry")).containsText("care coordinator");
            assertThat(page.locator(".alert-entry")).containsText("Daily");
            look(page, "alerts-saved");

            page.locator(".alert-entry").getByText("Pause").click();
            assertThat(page.locator(".alert-entry")).containsText("Paused");
            page.locator(".alert-entry select").selectOption("weekly");
            page.locator(".alert-entry__frequency button").click();
            assertThat(page.locator(".alert-entry")).containsText("Weekly");
            look(page, "alerts-paused");

            page.navigate(url("/account"));
            assertThat(page.locator("#alerts")).containsText("care coordinator");
            look(page, "account-alerts");

            page.navigate(url("/alerts/unsubscribe/not-a-real-link"));
            look(page, "alert-unsubscribe");
            page.locator("main button[type=submit]").click();
            assertThat(page.locator("main [role=status]")).isVisible();
            look(page, "alert-unsubscribed");
        }
    }

    void look(Page page, String name) {
        int overflow = (int) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow)
                .as("horizontal overflow at 375 px on %s", page.url())
                .isLessThanOrEqualTo(0);
        assertAccessible(page);
        screenshot(page, name);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
