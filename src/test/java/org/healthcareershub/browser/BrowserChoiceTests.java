package org.healthcareershub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserChoiceTests {

    @TempDir
    Path dir;

    @Test
    void usesTheSystemChromiumWhenItIsThereAndDownloadsNothing() throws IOException {
        Path chromium = Files.createFile(
                dir.resolve("chromium"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        BrowserChoice choice = BrowserChoice.of(chromium);

        assertThat(choice.executable()).contains(chromium);
        assertThat(choice.createOptions().env).containsEntry("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        assertThat(choice.launchOptions().executablePath).isEqualTo(chromium);
        assertThat(choice.launchOptions().args)
                .contains("--headless", "--no-sandbox", "--disable-background-networking");
    }

    @Test
    void letsPlaywrightInstallItsOwnBrowserWhenThereIsNoSystemChromium() {
        BrowserChoice choice = BrowserChoice.of(dir.resolve("no-such-chromium"));

        assertThat(choice.executable()).isEmpty();
        assertThat(choice.createOptions().env).doesNotContainKey("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD");
        assertThat(choice.launchOptions().executablePath).isNull();
        assertThat(choice.launchOptions().headless).isTrue();
    }

    @Test
    void aFileThatCannotRunIsNoBrowser() throws IOException {
        Path notExecutable = Files.createFile(dir.resolve("chromium"));

        assertThat(BrowserChoice.of(notExecutable).executable()).isEmpty();
    }

    @Test
    void saysInOneLineWhatToInstallWhenNoBrowserStarts() {
        RuntimeException failure = new RuntimeException("Failed to install browsers, exit code: 1\n  at some place");

        String message = BrowserChoice.of(dir.resolve("no-such-chromium")).unavailable(failure);

        assertThat(message)
                .doesNotContain("\n")
                .contains("apt-get install -y chromium")
                .endsWith("Failed to install browsers, exit code: 1");
    }
}
