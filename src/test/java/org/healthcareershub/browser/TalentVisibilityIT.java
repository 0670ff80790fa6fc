package org.healthcareershub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcareershub.browser.BrowserSession.assertAccessible;
import static org.healthcareershub.browser.BrowserSession.screenshot;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.talent.TalentFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A seeker turns on their visibility to employers from their account's home (a refused form first), and an
 * organization's recruiter finds them from the portal: both pages at 1280 and 375 px, with no horizontal
 * overflow and an axe-core scan of each page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TalentVisibilityIT {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    TalentFixtures fixtures;

    @AfterEach
    void remove() {
        fixtures.removeAll();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(Page page, String email) {
        page.navigate(url("/sign-in"));
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.locator("main button[type=submit]").click();
        assertThat(page).not().hasURL(Pattern.compile(".*/sign-in$"));
    }

    static void noOverflow(Page page, int width) {
        int overflow = (int) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).as("horizontal overflow at " + width + " px").isLessThanOrEqualTo(0);
    }

    @Test
    void aSeekerOptsInAndARecruiterFindsThem() {
        for (int width : new int[] {1280, 375}) {
            Account seeker = fixtures.seeker("Visible Seeker");
            Account recruiter = fixtures.member(fixtures.albany("VERIFIED"));
            try (BrowserContext context =
                    session.browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
                Page page = context.newPage();
                signIn(page, seeker.getEmail());
                page.navigate(url("/account"));
                page.locator("a.choice[href='/account/visibility']").click();
                assertThat(page.locator("#visibility-state")).containsText("Off");
                assertAccessible(page);

                page.locator("#visibility-save").click();
                assertThat(page.locator(".error-summary")).isVisible();
                assertThat(page.locator(".error-summary")).isFocused();
                assertAccessible(page);

                page.getByLabel("Employers with a site within a distance of my ZIP code")
                        .check();
                page.locator("#radius").fill("25");
                page.getByLabel("Care Coordination & Care Management").check();
                page.getByLabel("Education").check();
                page.getByLabel("90 days").check();
                page.locator("#visibility-save").click();
                assertThat(page.locator("#visibility-state")).containsText("On until");
                assertThat(page.locator(".notice")).containsText("is on");
                noOverflow(page, width);
                assertAccessible(page);
                screenshot(page, "talent-visibility-" + width);
            }
            try (BrowserContext context =
                    session.browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
                Page page = context.newPage();
                signIn(page, recruiter.getEmail());
                page.navigate(url("/employer"));
                page.locator("a.choice[href='/employer/talent']").click();
                assertThat(page.locator("h1")).hasText("Find talent");
                assertThat(page.locator(".talent-hit").first()).containsText("Candidate");
                assertThat(page.locator("main")).not().containsText(seeker.getEmail());
                noOverflow(page, width);
                assertAccessible(page);
                screenshot(page, "talent-search-" + width);
            }
            fixtures.removeAll();
        }
    }
}
