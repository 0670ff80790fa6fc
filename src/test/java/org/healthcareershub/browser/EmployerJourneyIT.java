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
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.employers.ContactEmployer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person looks for employers near Albany, narrows them down, opens one, writes to it and confirms the
 * message from the link mailed to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmployerJourneyIT {

    static final String HEALTH_HOME = "Health Homes and care management agencies";
    static final Pattern MILES = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?) miles away");

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** The path and query of the confirmation link last mailed to {@code email}. */
    String confirmationLink(String email) {
        String body = jdbc.queryForObject(
                "select body from outgoing_mail where recipient = ? order by id desc limit 1", String.class, email);
        Matcher link = Pattern.compile(Pattern.quote(ContactEmployer.CONFIRM_PATH) + "\\?token=[A-Za-z0-9_-]+")
                .matcher(body);
        assertThat(link.find()).isTrue();
        return link.group();
    }

    @Test
    void findsAnEmployerNearbyAndContactsIt() {
        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            Response response = page.navigate(url("/employers"));
            assertThat(response.status()).isEqualTo(200);
            assertAccessible(page);

            page.locator("#near").fill("12207");
            page.locator("#radius").fill("25");
            page.locator(".search-form button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*near=12207.*"));
            assertThat(page.locator(".employer-card .distance").first()).containsText("miles away");
            assertNearestFirst(page);
            assertMapMatchesResults(page);
            // the tiles load, answered by BrowserSession's tile instead of the outside tile server
            assertThat(page.locator(".map .leaflet-tile-loaded").first()).isVisible();
            assertAccessible(page);
            screenshot(page, "employers-map");

            page.evaluate("() => { window.__marker = 1; document.querySelector('.map').dataset.old = 'yes'; }");
            page.getByLabel(HEALTH_HOME).check();
            assertThat(page).hasURL(Pattern.compile(".*setting=health-home.*"));
            assertThat(page.locator("#setting-health-home")).isChecked();
            assertThat(page.locator(".map:not([data-old])")).hasClass(Pattern.compile("\\bmap--ready\\b"));
            assertThat(page.evaluate("() => window.__marker"))
                    .as("no full reload")
                    .isEqualTo(1);
            Locator cards = page.locator(".employer-card");
            assertThat(cards.count()).isPositive();
            for (Locator card : cards.all()) {
                assertThat(card.locator(".tags li")).containsText(new String[] {HEALTH_HOME});
            }
            assertNearestFirst(page);
            assertMapMatchesResults(page);
            assertAccessible(page);

            String name = cards.first().locator("h2 a").innerText();
            cards.first().locator("h2 a").click();
            assertThat(page.locator("h1")).hasText(name);
            assertThat(page.locator(".site-list li").first()).isVisible();
            page.locator(".map").scrollIntoViewIfNeeded();
            assertThat(page.locator(".map")).hasClass(Pattern.compile("\\bmap--ready\\b"));
            assertThat(markerLabels(page.locator(".map")))
                    .hasSize(page.locator(".site-list li").count());
            Object type = page.evaluate(
                    "() => JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)['@type']");
            assertThat(type).isEqualTo("Organization");
            assertThat(page.locator("#contact h3")).hasText("Contact this employer");
            assertAccessible(page);
            screenshot(page, "employer-profile");

            page.locator("#contact-career").selectOption("care-coordination-and-care-management");
            page.locator(".contact-form button[type=submit]").click();
            Locator summary = page.locator("#contact .error-summary");
            assertThat(summary).isVisible();
            assertThat(summary.locator("li")).hasCount(3);
            assertThat(summary).isFocused();
            for (String field : List.of("name", "email", "message")) {
                assertThat(page.locator("#contact-" + field + "-error")).isVisible();
                assertThat(page.locator("#contact-" + field)).hasAttribute("aria-invalid", "true");
            }
            assertThat(page.locator("#contact-career")).hasValue("care-coordination-and-care-management");
            assertAccessible(page);

            page.locator("#contact-name").fill("Ana Reyes");
            page.locator("#contact-email").fill("ana.example.org");
            page.locator("#contact-message").fill("Do you hire care coordinators without experience?");
            page.locator(".contact-form button[type=submit]").click();
            assertThat(page.locator("#contact-email-error")).isVisible();
            assertThat(page.locator("#contact-name")).hasValue("Ana Reyes");
            assertThat(page.locator("#contact-message")).hasValue("Do you hire care coordinators without experience?");
            assertThat(page.locator("#contact-name-error")).hasCount(0);

            page.locator("#contact-email").fill("ana@example.org");
            page.locator(".contact-form button[type=submit]").click();
            assertThat(page.locator("#contact .notice")).containsText("Check your email");
            assertThat(page.locator("#contact .error-summary")).hasCount(0);
            assertAccessible(page);

            // the link in the confirmation mail (kept in the outbox: the test has no SMTP server)
            page.navigate(url(confirmationLink("ana@example.org")));
            assertThat(page.locator("#contact-confirm-state")).containsText(name);
            assertAccessible(page);
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("#contact-confirm-state")).containsText("on its way");
            assertAccessible(page);
        }
    }

    @Test
    void explainsAPlaceAndDistanceItCannotUse() {
        try (BrowserContext context = session.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/employers?near=Atlantis,+ZZ&radius=-5"));
            Locator summary = page.locator(".error-summary");
            assertThat(summary).isVisible();
            assertThat(summary.locator("a[href='#near']")).isVisible();
            assertThat(summary.locator("a[href='#radius']")).isVisible();
            assertThat(page.locator("#near-error")).isVisible();
            assertThat(page.locator("#radius-error")).isVisible();
            assertThat(page.locator("#near")).hasValue("Atlantis, ZZ");
            assertThat(page.locator("#near")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#radius")).hasAttribute("aria-invalid", "true");
            assertAccessible(page);
        }
    }

    @Test
    void filtersByRegionWithoutJavaScript() {
        String filtered;
        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(url("/employers"));
            assertThat(page.locator(".map")).isHidden();
            int all = total(page);
            page.locator("#region").selectOption(new SelectOption().setValue("Western New York"));
            page.waitForNavigation(
                    () -> page.locator(".search-form button[type=submit]").click());
            assertThat(page).hasURL(Pattern.compile(".*region=Western\\+New\\+York.*"));
            assertThat(page.locator("#region")).hasValue("Western New York");
            int western = total(page);
            assertThat(western).isPositive().isLessThan(all);
            assertThat(page.locator(".employer-card")).hasCount(Math.min(western, 10));
            filtered = page.url();
        }
        // axe-core runs as a script in the page, so the pages seen without JavaScript are scanned with it
        try (BrowserContext context = session.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/employers"));
            assertAccessible(page);
            page.navigate(filtered);
            assertAccessible(page);
        }
    }

    @Test
    void fitsAPhone() {
        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 800))) {
            Page page = context.newPage();
            page.navigate(url("/employers?near=12207"));
            // Leaflet is fetched when the map, below the search form on a phone, comes near the screen
            assertThat(page.locator(".employer-card").first()).isVisible();
            assertThat(page.locator(".map")).not().hasClass(Pattern.compile("\\bmap--ready\\b"));
            assertThat(page.locator("script[src*=leaflet]")).hasCount(0);
            page.locator(".map").scrollIntoViewIfNeeded();
            assertThat(page.locator(".map")).hasClass(Pattern.compile("\\bmap--ready\\b"));
            assertMarkersAreTapTargets(page);
            assertThat(page.locator(".employer-card .distance").first()).containsText("miles away");
            int overflow = (int) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow).as("horizontal overflow at 375 px").isLessThanOrEqualTo(0);
            assertAccessible(page);
            screenshot(page, "employers-375");
        }
    }

    @Autowired
    TestAccounts testAccounts;

    @Test
    void anOrganizationReadsItsContactRequestsAndMarksOneAnswered() {
        long employerId = jdbc.queryForObject(
                "select min(id) from employer where verification = 'VERIFIED' and sample = true", Long.class);
        jdbc.update(
                "insert into employer_contact_request (employer_id, name, email, phone, career, message, created_at,"
                        + " status, sent_at) values (?, 'Bea Browser', 'bea.browser@example.com', '(518) 555-0199',"
                        + " 'care-coordination-and-care-management', ?, current_timestamp, 'SENT', current_timestamp)",
                employerId,
                "I finished a community health worker course.\nDo you take people without experience?");
        String email = testAccounts
                .create(Role.EMPLOYER, "Journey Reader", true, employerId, "en")
                .getEmail();
        for (int width : new int[] {1280, 375}) {
            try (BrowserContext context =
                    session.browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
                Page page = context.newPage();
                page.navigate(url("/sign-in"));
                page.getByLabel("Email address").fill(email);
                page.getByLabel("Password").fill(TestAccounts.PASSWORD);
                page.locator("main button[type=submit]").click();
                page.navigate(url("/employer"));
                page.locator("a.choice[href='/employer/contact-requests']").click();
                Locator card =
                        page.locator("#requests > li").filter(new Locator.FilterOptions().setHasText("Bea Browser"));
                assertThat(card.locator("a[href^='mailto:']")).hasText("bea.browser@example.com");
                assertThat(card).containsText("Do you take people without experience?");
                int overflow = (int) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
                assertThat(overflow)
                        .as("horizontal overflow at " + width + " px")
                        .isLessThanOrEqualTo(0);
                assertAccessible(page);
                if (width == 375) {
                    screenshot(page, "portal-contact-requests-375");
                    continue;
                }
                card.getByRole(
                                com.microsoft.playwright.options.AriaRole.BUTTON,
                                new Locator.GetByRoleOptions().setName("Mark the message from Bea Browser answered"))
                        .click();
                assertThat(page.locator(".notice")).containsText("marked answered");
                assertThat(card.locator(".badge")).containsText("Answered on");
                assertAccessible(page);
            }
        }
    }

    private static void assertNearestFirst(Page page) {
        List<Double> miles = new ArrayList<>();
        for (String text : page.locator(".employer-card .distance").allInnerTexts()) {
            Matcher m = MILES.matcher(text.strip());
            assertThat(m.find()).as("distance in %s", text).isTrue();
            miles.add(Double.parseDouble(m.group(1)));
        }
        assertThat(miles).isNotEmpty().isSorted();
        assertThat(miles).hasSize(page.locator(".employer-card").count());
    }

    /** Every site of every employer listed is a marker on the map, and each marker is one of those sites. */
    @SuppressWarnings("unchecked")
    private static void assertMapMatchesResults(Page page) {
        Locator map = page.locator(".map:not([data-old])");
        map.scrollIntoViewIfNeeded();
        assertThat(map).hasClass(Pattern.compile("\\bmap--ready\\b"));
        List<String> labels = (List<String>)
                page.evaluate("() => JSON.parse(document.querySelector('.map:not([data-old])').dataset.points)"
                        + ".map(p => p.label)");
        List<String> hrefs = (List<String>)
                page.evaluate("() => [...new Set(JSON.parse(document.querySelector('.map:not([data-old])')"
                        + ".dataset.points).map(p => p.href))]");
        assertThat(markerLabels(map)).containsExactlyInAnyOrderElementsOf(labels);
        List<String> cardLinks = page.locator(".employer-card h2 a").all().stream()
                .map(a -> a.getAttribute("href"))
                .toList();
        assertThat(hrefs).containsExactlyInAnyOrderElementsOf(cardLinks);
    }

    /** The places the markers of a map stand for: places closer than a fingertip share one marker. */
    private static List<String> markerLabels(Locator map) {
        assertThat(map.locator(".leaflet-marker-icon").first()).isAttached();
        return map.locator(".leaflet-marker-icon").all().stream()
                .flatMap(marker -> Arrays.stream(marker.getAttribute("title").split("; ")))
                .toList();
    }

    /** Each marker is at least 44 by 44 CSS pixels, and no two overlap. */
    private static void assertMarkersAreTapTargets(Page page) {
        List<BoundingBox> boxes = page.locator(".map .leaflet-marker-icon").all().stream()
                .map(Locator::boundingBox)
                .toList();
        assertThat(boxes).isNotEmpty().allSatisfy(box -> {
            assertThat(box.width).isGreaterThanOrEqualTo(44);
            assertThat(box.height).isGreaterThanOrEqualTo(44);
        });
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                BoundingBox a = boxes.get(i);
                BoundingBox b = boxes.get(j);
                double dx = (a.x + a.width / 2) - (b.x + b.width / 2);
                double dy = (a.y + a.height / 2) - (b.y + b.height / 2);
                assertThat(Math.hypot(dx, dy))
                        .as("distance between markers %d and %d", i, j)
                        .isGreaterThanOrEqualTo(44);
            }
        }
    }

    private static int total(Page page) {
        Matcher m = Pattern.compile("([0-9]+)")
                .matcher(page.locator(".result-count").innerText());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
