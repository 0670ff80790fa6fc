package org.healthcareershub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcareershub.browser.BrowserSession.assertAccessible;
import static org.healthcareershub.browser.BrowserSession.screenshot;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person reads the flagship career page on a phone and a desktop, in English and Spanish, and moves on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareerPageJourneyIT {

    static final String FLAGSHIP = "/careers/care-coordination-and-care-management";
    static final List<String> BLOCKS = List.of(
            "right-for-you",
            "what-is-it",
            "job-titles",
            "what-they-do",
            "where-they-work",
            "quick-facts",
            "requirements",
            "certifications",
            "pathways",
            "next-steps",
            "resources",
            "sources");

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void readsTheFlagshipOnAPhoneAndADesktop() {
        for (int width : new int[] {375, 1280}) {
            try (BrowserContext context =
                    session.browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
                Page page = context.newPage();
                Response response = page.navigate(url(FLAGSHIP));
                assertThat(response.status()).isEqualTo(200);
                assertThat(page.locator("h1")).hasText("Care Coordination & Care Management");
                for (String block : BLOCKS) {
                    Locator section = page.locator("#" + block);
                    section.scrollIntoViewIfNeeded();
                    assertThat(section).isVisible();
                }
                assertThat(page.locator("#job-titles tbody tr")).hasCount(10);
                assertThat(page.locator("#what-they-do li")).hasCount(12);
                int overflow = (int) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
                assertThat(overflow).as("horizontal overflow at %d px", width).isLessThanOrEqualTo(0);
                assertAccessible(page);
                screenshot(page, "flagship-" + width);
            }
        }
    }

    @Test
    void switchesToSpanishAndKeepsIt() {
        try (BrowserContext context = session.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url(FLAGSHIP));
            page.locator(".language-switch a[hreflang=es]").click();
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            assertThat(page.locator("h1")).containsText("Coordinación y gestión de la atención");
            assertThat(page.locator("#what-they-do h2")).hasText("Qué hacen");
            assertAccessible(page);
            screenshot(page, "flagship-es");

            page.locator(".site-nav a[href='/careers']").click();
            assertThat(page.locator("h1")).hasText("Carreras de salud");
            assertAccessible(page);
        }
    }

    @Test
    void followsEveryCallToAction() {
        try (BrowserContext context = session.browser.newContext()) {
            Page page = context.newPage();
            for (String cta : List.of("trainings", "employers", "jobs", "sign-up")) {
                page.navigate(url(FLAGSHIP));
                Response response = page.waitForNavigation(() ->
                        page.locator("#next-steps a[data-choice='" + cta + "']").click());
                assertThat(response.status()).as(cta).isEqualTo(200);
                assertThat(page.locator("h1")).isVisible();
                assertThat(page.locator("main")).not().containsText("Whitelabel");
                assertAccessible(page);
            }
        }
    }

    @Test
    void startsFromHomeWithTheKeyboard() {
        try (BrowserContext context = session.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/"));
            assertAccessible(page);
            page.keyboard().press("Tab");
            assertThat(page.locator(".skip-link")).isFocused();
            page.keyboard().press("Enter");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#main$"));

            page.navigate(url("/get-started"));
            assertThat(page.locator("a.choice")).hasCount(5);
            assertAccessible(page);
            page.locator("a[data-choice='careers']").click();
            assertThat(page.locator("h1")).hasText("Health careers");
            assertAccessible(page);
            page.locator("#q").fill("nurse");
            page.locator("#q").press("Enter");
            assertThat(page.locator(".career-card h3")).containsText(new String[] {"Registered Nurse (RN)"});
            screenshot(page, "careers-filtered");

            page.navigate(url("/careers/no-such-career"));
            assertThat(page.locator("h1")).hasText("Page not found");
            assertAccessible(page);
        }
    }

    @Test
    void accessibilityScanFailsOnAnUnlabelledField() {
        try (BrowserContext context = session.browser.newContext()) {
            Page page = context.newPage();
            page.setContent("<html lang=\"en\"><head><title>t</title></head><body><main>"
                    + "<h1>t</h1><input type=\"text\"></main></body></html>");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertAccessible(page))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("label");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
