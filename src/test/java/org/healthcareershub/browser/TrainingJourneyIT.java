package org.healthcareershub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.healthcareershub.browser.BrowserSession.assertAccessible;
import static org.healthcareershub.browser.BrowserSession.screenshot;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.SelectOption;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person looks for care coordination training: searches and filters the catalog (with htmx and without
 * JavaScript), sorts by distance from Albany, reads a program, comes back to the results, asks the
 * training guide what they can apply for, does the search and the guide again without JavaScript, and
 * checks the catalog and the guide fit a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingJourneyIT {

    static final String CAREER = "Care Coordination & Care Management";

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void searchesFiltersAndReadsAProgramWithoutReloadingThePage() {
        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            List<String> consoleErrors = consoleErrors(page);

            Response response = page.navigate(url("/trainings"));
            assertThat(response.status()).isEqualTo(200);
            assertThat(page.locator("h1")).hasText("Find training");
            assertThat(page.locator("#results .training-card").first()).isVisible();
            assertThat(page.locator("#results .result-count")).containsText("programs found");
            assertThat(page.locator("#count-type-CERTIFICATE")).hasText(Pattern.compile("\\d+"));
            assertThat(page.locator("#count-mode-ONLINE")).isVisible();
            assertThat(page.evaluate("typeof window.htmx")).as("htmx loaded").isEqualTo("object");
            // Count pills are one line high even beside a label that wraps ("Professional development").
            List<Double> pillHeights = page.locator(".facet .count").all().stream()
                    .map(pill -> pill.boundingBox().height)
                    .toList();
            assertThat(pillHeights).allSatisfy(h -> assertThat(h).isCloseTo(pillHeights.get(0), within(1.0)));
            assertAccessible(page);
            screenshot(page, "trainings-1280");

            page.evaluate("window.__marker = 1");
            page.getByLabel("Keywords").fill("care coordination");
            submitWithHtmx(
                    page,
                    () -> page.locator("#training-search button[type=submit]").click());
            assertThat(page).hasURL(Pattern.compile(".*[?&]q=care(\\+|%20)coordination.*"));
            long keywordTotal = total(page);
            Map<String, Long> modesBefore = counts(page, "mode-");
            List<String> careersBefore = page.locator("#career option").allInnerTexts();

            submitWithHtmx(page, () -> page.locator("#type-CERTIFICATE").check());
            assertThat(page).hasURL(Pattern.compile(".*[?&]type=CERTIFICATE.*"));
            assertThat(page.evaluate("window.__marker"))
                    .as("the page was not reloaded")
                    .isEqualTo(1);
            long certificates = total(page);
            assertThat(certificates).isPositive().isLessThan(keywordTotal);
            // A facet is counted without its own filter, so Certificate's count is what ticking it shows, and
            // every other facet now counts certificates only.
            assertThat(page.locator("#count-type-CERTIFICATE")).hasText(String.valueOf(certificates));
            Map<String, Long> modesAfter = counts(page, "mode-");
            assertThat(modesAfter).isNotEqualTo(modesBefore);
            assertThat(modesAfter.values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(certificates);
            // The career list shows counts too; they must be those of the same search loaded as a whole page.
            Page whole = context.newPage();
            whole.navigate(page.url());
            assertThat(page.locator("#career option").allInnerTexts())
                    .isEqualTo(whole.locator("#career option").allInnerTexts())
                    .isNotEqualTo(careersBefore);
            assertThat(counts(page, "")).isEqualTo(counts(whole, ""));
            whole.close();
            Locator cards = page.locator("#results .training-card");
            assertThat(cards.first()).isVisible();
            for (String facts : cards.locator(".facts-inline").allInnerTexts()) {
                assertThat(facts).startsWith("Certificate");
            }
            assertAccessible(page);

            page.getByLabel("Near (ZIP or City, ST)").fill("12207");
            page.getByLabel("Within (miles)").fill("15");
            page.getByLabel("Sort by").selectOption(new SelectOption().setLabel("Nearest first"));
            submitWithHtmx(
                    page,
                    () -> page.locator("#training-search button[type=submit]").click());
            for (String param : List.of("near=12207", "radius=15", "sort=DISTANCE", "type=CERTIFICATE")) {
                assertThat(page).hasURL(Pattern.compile(".*[?&]" + param + "(&.*)?$"));
            }
            assertThat(page.evaluate("window.__marker")).isEqualTo(1);
            assertThat(page.locator("#results")).containsText("Within 15 miles of Albany, NY");
            List<Double> distances = new ArrayList<>();
            boolean onlineSeen = false;
            for (String facts : cards.locator(".facts-inline").allInnerTexts()) {
                if (facts.contains("miles away")) {
                    assertThat(onlineSeen)
                            .as("programs with a place come before online ones")
                            .isFalse();
                    distances.add(miles(facts));
                } else {
                    assertThat(facts).as("a card without a distance is online").contains("Online");
                    onlineSeen = true;
                }
            }
            assertThat(distances)
                    .isNotEmpty()
                    .isSorted()
                    .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(15));
            assertAccessible(page);
            screenshot(page, "trainings-nearest");
            String searchUrl = page.url();
            assertThat(consoleErrors).as("console errors").isEmpty();

            String title = cards.first().locator("h3").innerText();
            page.waitForNavigation(() -> cards.first().locator("h3 a").click());
            assertThat(page.locator("h1")).hasText(title);
            assertThat(page.locator("h1")).hasCount(1);
            assertThat(page.locator("dl.details")).isVisible();
            assertThat(page.locator("dl.details dt")).containsText(new String[] {"Type", "How it is taught"});
            assertThat(page.locator("dl.details dd").first()).hasText("Certificate");
            JsonNode program = JsonMapper.builder()
                    .build()
                    .readTree(page.locator("script[type='application/ld+json']")
                            .first()
                            .textContent());
            assertThat(program.get("@type").asString()).isEqualTo("EducationalOccupationalProgram");
            assertThat(program.get("name").asString()).isEqualTo(title);
            Locator similar = page.locator("section[aria-labelledby=similar-h]");
            if (similar.count() > 0) {
                assertThat(similar.locator("h2")).hasText("Similar programs");
                assertThat(similar.locator(".training-card").first()).isVisible();
                for (String href : similar.locator(".training-card h3 a").all().stream()
                        .map(a -> a.getAttribute("href"))
                        .toList()) {
                    assertThat(href).matches("/trainings/\\d+").isNotEqualTo(page.url());
                }
            }
            assertAccessible(page);
            screenshot(page, "training-detail");

            page.goBack();
            assertThat(page).hasURL(searchUrl);
            assertThat(page.locator("h1")).hasText("Find training");
            assertThat(page.locator(".site-header")).isVisible();
            assertThat(page.locator("#q")).hasValue("care coordination");
            assertThat(page.locator("#type-CERTIFICATE")).isChecked();
            assertThat(page.locator("#near")).hasValue("12207");
            assertThat(page.locator("#results .training-card h3").first()).hasText(title);
            assertAccessible(page);

            // Further back are entries htmx pushed: the page loads that entry's search again (htmx reloads on a
            // history miss), so the form can never show a stale one, however fast the button is pressed.
            for (int i = 0; i < 4 && page.url().equals(searchUrl); i++) {
                page.evaluate("window.__before = 1");
                page.evaluate("history.back()");
                page.waitForFunction("() => window.__before === undefined && document.readyState === 'complete'");
            }
            assertThat(page).not().hasURL(searchUrl);
            assertThat(page.locator("h1")).hasText("Find training");
            assertFormShowsTheUrlsSearch(page);
            assertAccessible(page);
            assertThat(consoleErrors).as("console errors").isEmpty();
        }
    }

    @Test
    void theGuideSaysWhatICanApplyForAndRanksPrograms() {
        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            List<String> consoleErrors = consoleErrors(page);
            page.navigate(url("/trainings"));
            page.waitForNavigation(() -> page.locator("a.guide-link").click());
            assertThat(page.locator("h1")).hasText("Training guide");
            assertAccessible(page);

            answerTheGuide(page);

            assertThat(page).hasURL(Pattern.compile(".*/trainings/guide\\?.*career=care-coordination.*"));
            assertGuideResults(page);
            // Near and the travel distance share a row with their boxes level.
            assertThat(page.locator("#miles").boundingBox().y)
                    .isCloseTo(page.locator("#near").boundingBox().y, within(1.0));
            assertAccessible(page);
            screenshot(page, "guide-results");
            assertThat(consoleErrors).as("console errors").isEmpty();
        }
    }

    @Test
    void badInputIsExplainedNextToEachField() {
        try (BrowserContext context = session.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/trainings?near=Atlantis,+ZZ&radius=-5"));
            Locator summary = page.locator(".error-summary");
            assertThat(summary).isVisible();
            assertThat(summary.locator("h2")).hasText("There is a problem");
            assertThat(summary.locator("li")).hasCount(2);
            assertThat(summary.locator("a[href='#near']")).isVisible();
            assertThat(summary.locator("a[href='#radius']")).isVisible();
            assertThat(page.locator("#near-error")).isVisible();
            assertThat(page.locator("#radius-error")).containsText("1 to 250");
            assertThat(page.locator("#near")).hasValue("Atlantis, ZZ");
            assertThat(page.locator("#near")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#radius")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#near")).hasAttribute("aria-describedby", Pattern.compile(".*\\bnear-error\\b.*"));
            assertThat(page.locator("#results .training-card").first()).isVisible();
            // In the 20rem sidebar, Within sits under Near, so its message is not squeezed into a narrow column.
            assertThat(page.locator("#radius").boundingBox().x)
                    .isCloseTo(page.locator("#near").boundingBox().x, within(1.0));
            assertAccessible(page);
            screenshot(page, "trainings-errors");
        }
    }

    @Test
    void badInputIsExplainedWhenHtmxSubmitsTheForm() {
        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            List<String> consoleErrors = consoleErrors(page);
            page.navigate(url("/trainings"));
            page.evaluate("window.__marker = 1");
            page.getByLabel("Near (ZIP or City, ST)").fill("Atlantis, ZZ");
            submitWithHtmx(
                    page,
                    () -> page.locator("#training-search button[type=submit]").click());
            assertThat(page.evaluate("window.__marker")).isEqualTo(1);
            assertThat(page).hasURL(Pattern.compile(".*[?&]near=Atlantis.*"));
            assertThat(page.locator(".error-summary")).isVisible();
            assertThat(page.locator(".error-summary")).isFocused();
            assertThat(page.locator("#near-error")).isVisible();
            assertThat(page.locator("#near")).hasAttribute("aria-invalid", "true");
            assertAccessible(page);

            page.getByLabel("Near (ZIP or City, ST)").fill("12207");
            page.waitForNavigation(
                    () -> page.locator("#training-search button[type=submit]").click());
            assertThat(page.locator(".error-summary")).hasCount(0);
            assertThat(page.locator("#near-error")).hasCount(0);
            assertThat(page.locator("#results")).containsText("Within 25 miles of Albany, NY");
            assertThat(consoleErrors).as("console errors").isEmpty();
        }
    }

    @Test
    void searchAndGuideWorkWithoutJavaScript() {
        // With JavaScript off, Playwright's "stable" check never passes while hub.css scrolls smoothly into
        // view (prefers-reduced-motion: no-preference), so this context asks for reduced motion.
        try (BrowserContext context = session.browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false)
                .setReducedMotion(ReducedMotion.REDUCE)
                .setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(url("/trainings"));
            page.getByLabel("Keywords").fill("care coordination");
            page.locator("#type-CERTIFICATE").check();
            Response response = page.waitForNavigation(
                    () -> page.locator("#training-search button[type=submit]").click());
            assertThat(response.status()).isEqualTo(200);
            assertThat(page).hasURL(Pattern.compile(".*[?&]type=CERTIFICATE.*"));
            assertThat(page.locator("h1")).hasText("Find training");
            assertThat(page.locator("#q")).hasValue("care coordination");
            assertThat(page.locator("#type-CERTIFICATE")).isChecked();
            Locator facts = page.locator("#results .training-card .facts-inline");
            assertThat(facts.first()).isVisible();
            for (String text : facts.allInnerTexts()) {
                assertThat(text).startsWith("Certificate");
            }
            assertThat(page.locator("#count-type-CERTIFICATE")).hasText(String.valueOf(total(page)));
            assertAccessibleAsServed(page.url());

            page.navigate(url("/trainings/guide"));
            answerTheGuide(page);
            assertGuideResults(page);
            assertAccessibleAsServed(page.url());
        }
    }

    /**
     * axe-core runs inside the page, and with JavaScript off its scan never returns (it hung this test), so a
     * page reached without JavaScript is scanned as the server sends it, in a context with JavaScript.
     */
    private static void assertAccessibleAsServed(String url) {
        try (BrowserContext context = session.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url);
            assertAccessible(page);
        }
    }

    @Test
    void theCatalogFitsAPhone() {
        try (BrowserContext context =
                session.browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 800))) {
            Page page = context.newPage();
            page.navigate(url("/trainings"));
            assertThat(page.locator("#results .training-card").first()).isVisible();
            assertThat(overflow(page)).as("horizontal overflow at 375 px").isLessThanOrEqualTo(0);
            assertAccessible(page);
            screenshot(page, "trainings-375");

            page.navigate(url("/trainings/guide"));
            answerTheGuide(page);
            assertGuideResults(page);
            assertThat(overflow(page)).as("guide overflow at 375 px").isLessThanOrEqualTo(0);
            assertAccessible(page);
        }
    }

    private static int overflow(Page page) {
        return (int) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
    }

    private static void answerTheGuide(Page page) {
        page.getByLabel("Which career or job are you aiming for?").selectOption(new SelectOption().setLabel(CAREER));
        page.getByLabel("Your highest education").selectOption(new SelectOption().setLabel("A bachelor's degree"));
        page.getByLabel("Years of relevant experience").fill("1");
        page.getByLabel("Near (ZIP or City, ST)").fill("12207");
        page.getByLabel("Evenings").check();
        page.waitForNavigation(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show my options"))
                        .click());
    }

    private static void assertGuideResults(Page page) {
        assertThat(page.locator("#eligibility-h")).isVisible();
        Locator now = page.locator(".eligibility--yes");
        assertThat(now.locator("xpath=preceding-sibling::h3[1]")).hasText("You can apply now");
        assertThat(now).containsText("Care Coordinator");
        Locator later = page.locator(".eligibility--no");
        assertThat(later.locator("xpath=preceding-sibling::h3[1]")).hasText("What you still need");
        Locator healthHome = later.locator("> li").filter(new Locator.FilterOptions().setHasText("Health Home"));
        assertThat(healthHome.first()).isVisible();
        assertThat(healthHome.first().locator(".gap")).containsText("1 more year of relevant experience");
        Locator suggestions = page.locator("ol.suggestions > li");
        assertThat(suggestions.first()).isVisible();
        for (Locator suggestion : suggestions.all()) {
            assertThat(suggestion.locator("h3 a")).hasAttribute("href", Pattern.compile("/trainings/\\d+"));
            assertThat(suggestion.locator(".reasons li").first()).isVisible();
        }
        assertThat(page.locator("ol.suggestions .reasons")).containsText(new String[] {"Fits evenings"});
    }

    private static void submitWithHtmx(Page page, Runnable action) {
        Response response = page.waitForResponse(
                r -> r.url().contains("/trainings?") && r.request().headers().containsKey("hx-request"), action);
        assertThat(response.status()).isEqualTo(200);
        // A blur "change" and the "submit" can both fire; wait until htmx has nothing in flight.
        page.waitForFunction("() => !document.querySelector('.htmx-request')");
    }

    private static long total(Page page) {
        String count = page.locator("#results .result-count").innerText();
        Matcher matcher = Pattern.compile("(\\d+) programs? found").matcher(count);
        assertThat(matcher.find()).as(count).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static void assertFormShowsTheUrlsSearch(Page page) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        String query = URI.create(page.url()).getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(kv.length > 1 ? decode(kv[1]) : "");
        }
        for (String field : List.of("q", "near", "radius", "sort")) {
            if (params.containsKey(field)) {
                assertThat(page.locator("#" + field)).hasValue(params.get(field).get(0));
            }
        }
        for (Locator box : page.locator("input[name=type]").all()) {
            if (params.getOrDefault("type", List.of()).contains(box.getAttribute("value"))) {
                assertThat(box).isChecked();
            } else {
                assertThat(box).not().isChecked();
            }
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** Facet counts by element id, e.g. count-mode-ONLINE; {@code prefix} "" gives every facet. */
    private static Map<String, Long> counts(Page page, String prefix) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Locator count : page.locator("[id^='count-" + prefix + "']").all()) {
            counts.put(
                    count.getAttribute("id"), Long.parseLong(count.innerText().strip()));
        }
        return counts;
    }

    private static double miles(String facts) {
        Matcher matcher = Pattern.compile("(\\d+(?:\\.\\d+)?) miles? away").matcher(facts);
        assertThat(matcher.find()).as(facts).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private static List<String> consoleErrors(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) || "warning".equals(message.type())) {
                errors.add(message.type() + ": " + message.text());
            }
        });
        page.onPageError(error -> errors.add("page error: " + error));
        return errors;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
