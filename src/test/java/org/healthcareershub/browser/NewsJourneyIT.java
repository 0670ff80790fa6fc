package org.healthcareershub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.healthcareershub.browser.BrowserSession.assertAccessible;
import static org.healthcareershub.browser.BrowserSession.screenshot;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Career news in a browser, axe-core on each page: a visitor subscribes on a phone-sized screen (a refused
 * address first), and staff write an issue whose preview shows the Markdown formatted and its HTML as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewsJourneyIT {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from news_issue where title = 'Journey news'");
        jdbc.update("delete from news_confirmation where email = 'journey@news.example'");
        jdbc.update("delete from outgoing_mail where recipient = 'journey@news.example'");
    }

    @Test
    void aVisitorSubscribesAndStaffPreviewAnIssue() {
        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 800))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.locator("footer a[href='/news']").click();
            assertThat(page.locator("h1")).hasText("Career news by email");
            assertAccessible(page);
            page.locator("#email").fill("not an address");
            page.locator("#news-subscribe button[type=submit]").click();
            assertThat(page.locator(".error-summary")).isVisible();
            assertThat(page.locator("#email")).hasValue("not an address");
            assertAccessible(page);
            page.locator("#email").fill("journey@news.example");
            page.locator("#regions-Capital-Region").check();
            page.locator("#news-subscribe button[type=submit]").click();
            assertThat(page.locator("#news-outcome")).hasAttribute("data-outcome", "MAILED");
            assertAccessible(page);
            screenshot(page, "news-subscribed-phone");
            // the unsubscribe page (the same for every token, known or not)
            page.navigate(url("/news/unsubscribe/" + "Z".repeat(43)));
            assertAccessible(page);
        }

        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            BrowserSession.signIn(page, url("/sign-in"), "admin@example.org", "test-admin-password-123");
            assertThat(page).hasURL(Pattern.compile(".*/admin$"));
            page.locator("a[href='/admin/news']").click();
            assertAccessible(page);
            page.locator("#title").fill("Journey news");
            page.locator("#body").fill("## New classes\n\nSee **all** of them.\n\n<script>alert(1)</script>");
            page.locator("main form button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/admin/news/\\d+$"));
            assertThat(page.locator("#preview-html strong")).hasText("all");
            assertThat(page.locator("#preview-html")).containsText("<script>alert(1)</script>");
            assertThat(page.locator("#preview-html script")).hasCount(0);
            assertAccessible(page);
            screenshot(page, "news-admin-preview");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
