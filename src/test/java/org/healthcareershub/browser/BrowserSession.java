package org.healthcareershub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.healthcareershub.web.SiteProperties;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Chromium driven by Playwright, as every browser test uses it ({@link BrowserChoice}: the system's, or
 * Playwright's own), headless, with screenshots kept under target/screenshots and an axe-core scan helper.
 * Register it with {@code @RegisterExtension} in a {@code RANDOM_PORT} Spring Boot test.
 *
 * <p>The browser is hermetic: every request of every context made with {@code session.browser.newContext}
 * is routed; requests to the portal under test go through, map tiles are answered with a plain tile made
 * here, and anything else is aborted and fails the test that asked for it, so a page that starts calling
 * an outside host (a CDN, analytics, a font) is caught instead of depending on the network.
 */
final class BrowserSession implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    static final Path SCREENSHOTS = Paths.get(System.getProperty("hub.browser.screenshots", "target/screenshots"));
    static final byte[] TILE = tile();

    /** The browser, whose contexts are all routed. */
    final Portal browser = new Portal();

    private final List<String> outside = Collections.synchronizedList(new ArrayList<>());
    private Playwright playwright;
    private Browser chromium;
    private Pattern portal;
    private Pattern tiles;

    @Override
    public void beforeAll(ExtensionContext extension) {
        ApplicationContext app = SpringExtension.getApplicationContext(extension);
        portal = portalPattern(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        tiles = tilePattern(app.getBean(SiteProperties.class).map().tileUrl());
        BrowserChoice choice = BrowserChoice.fromEnvironment();
        try {
            playwright = Playwright.create(choice.createOptions());
            chromium = playwright.chromium().launch(choice.launchOptions());
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException(choice.unavailable(e), e);
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        List<String> asked;
        synchronized (outside) {
            asked = List.copyOf(outside);
            outside.clear();
        }
        assertThat(asked)
                .as("requests to hosts other than the portal under test")
                .isEmpty();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        close();
    }

    private void close() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    /** New browser contexts, each routed so that it reaches the portal and nothing else. */
    final class Portal {

        BrowserContext newContext() {
            return newContext(new Browser.NewContextOptions());
        }

        BrowserContext newContext(Browser.NewContextOptions options) {
            BrowserContext context = chromium.newContext(options);
            context.route("**/*", BrowserSession.this::route);
            return context;
        }
    }

    private void route(Route route) {
        String url = route.request().url();
        if (portal.matcher(url).lookingAt()) {
            route.resume();
        } else if (tiles.matcher(url).matches()) {
            route.fulfill(new Route.FulfillOptions()
                    .setStatus(200)
                    .setContentType("image/png")
                    .setBodyBytes(TILE));
        } else {
            outside.add(url);
            route.abort("blockedbyclient");
        }
    }

    /** The portal as the tests address it: this port on the loopback interface. */
    static Pattern portalPattern(int port) {
        return Pattern.compile("https?://(localhost|127\\.0\\.0\\.1):" + port + "(/|$)");
    }

    /** The requests a Leaflet tile URL template ({z}/{x}/{y}, {s} subdomains, {r} retina) can make. */
    static Pattern tilePattern(String template) {
        Matcher placeholder = Pattern.compile("\\{([a-z])}").matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(template.substring(last, placeholder.start())));
            regex.append(
                    switch (placeholder.group(1)) {
                        case "s" -> "[a-z0-9]+";
                        case "r" -> "(@2x)?";
                        default -> "[0-9]+";
                    });
            last = placeholder.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private static byte[] tile() {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE8, 0xEC, 0xE4));
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** Signs in through the sign-in form at {@code signInUrl} (the first staff account by default in tests). */
    static void signIn(Page page, String signInUrl, String email, String password) {
        page.navigate(signInUrl);
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(password);
        page.locator("main button[type=submit]").click();
    }
}
