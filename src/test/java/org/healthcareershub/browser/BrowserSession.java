package org.healthcareershub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright, as every browser test uses it: no browser download, headless,
 * no network beyond the app, screenshots kept under target/screenshots, and an axe-core scan helper.
 */
final class BrowserSession implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("hub.browser.executable", "/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get(System.getProperty("hub.browser.screenshots", "target/screenshots"));

    final Playwright playwright;
    final Browser browser;

    BrowserSession() {
        assertThat(Files.isExecutable(Path.of(CHROMIUM)))
                .as("Chromium at %s (apt-get install -y chromium)", CHROMIUM)
                .isTrue();
        playwright = Playwright.create();
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(CHROMIUM))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** Fails on any serious or critical accessibility violation of the page as it is now. */
    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(serious)
                .as(() -> page.url() + " has accessibility violations:\n"
                        + serious.stream()
                                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
