package org.healthcareershub.browser;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which Chromium the browser tests drive: the system's (Debian's {@code /usr/bin/chromium}, or the one
 * {@code -Dhub.browser.executable} names) when it is there, so nothing is downloaded; otherwise the one
 * Playwright installs for itself on first use, as it normally does.
 */
record BrowserChoice(Optional<Path> executable) {

    static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    /** Flags for a system Chromium: headless, no sandbox (CI runs as root), and no calls home. */
    static final List<String> SYSTEM_FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    static BrowserChoice fromEnvironment() {
        return of(Path.of(System.getProperty("hub.browser.executable", DEBIAN_CHROMIUM.toString())));
    }

    static BrowserChoice of(Path systemChromium) {
        return new BrowserChoice(Optional.of(systemChromium).filter(Files::isExecutable));
    }

    /**
     * Playwright's driver downloads its browsers when it starts unless {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD}
     * is set, so it is set for the driver only when the system browser is used.
     */
    Playwright.CreateOptions createOptions() {
        return new Playwright.CreateOptions()
                .setEnv(executable.isPresent() ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of());
    }

    BrowserType.LaunchOptions launchOptions() {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true);
        executable.ifPresent(path -> options.setExecutablePath(path).setArgs(SYSTEM_FLAGS));
        return options;
    }

    /** The one line a person reads when no browser could be started, saying what to install. */
    String unavailable(Throwable cause) {
        String reason =
                String.valueOf(cause.getMessage()).strip().lines().findFirst().orElse("");
        return executable
                .map(path ->
                        "Chromium at " + path + " did not start; reinstall it (apt-get install -y chromium): " + reason)
                .orElse("No browser for the browser tests: install Chromium (apt-get install -y chromium), or let"
                        + " Playwright download its own (network access and its system libraries needed): "
                        + reason);
    }
}
