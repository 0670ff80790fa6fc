package org.healthcareershub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcareershub.browser.BrowserSession.assertAccessible;
import static org.healthcareershub.browser.BrowserSession.screenshot;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the journeys on phones share: a 375 px browser context, signing up and in through the forms, the
 * links and text of the mail GreenMail received, and the look at each page (no sideways scrolling, axe-core,
 * a screenshot).
 */
final class PhoneJourney {

    private final GreenMailExtension greenMail;
    private final BrowserSession session;
    private final int port;
    private final String password;

    PhoneJourney(GreenMailExtension greenMail, BrowserSession session, int port, String password) {
        this.greenMail = greenMail;
        this.session = session;
        this.port = port;
        this.password = password;
    }

    BrowserContext phone() {
        return session.browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 800));
    }

    /** No horizontal overflow at 375 px, no axe-core violation, and a screenshot named {@code name}. */
    static void look(Page page, String name) {
        int overflow = (int) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow)
                .as("horizontal overflow at 375 px on %s", page.url())
                .isLessThanOrEqualTo(0);
        assertAccessible(page);
        screenshot(page, name);
    }

    /** Signs up a seeker, or an employer of {@code organization} when it is not null, with the password. */
    void signUp(Page page, String organization, String name, String email) {
        page.navigate(url("/sign-up"));
        if (organization != null) {
            page.getByLabel("An employer who wants to list my organization").check();
        }
        page.getByLabel("Your name").fill(name);
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        if (organization != null) {
            page.getByLabel("Organization name").fill(organization);
        }
        page.locator("main button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/sign-up/check-email$"));
    }

    void signIn(Page page, String email, String password) {
        page.navigate(url("/sign-in"));
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(password);
        page.locator("main button[type=submit]").click();
        assertThat(page).not().hasURL(Pattern.compile(".*/sign-in$"));
    }

    /** Whether a message to {@code email} containing {@code text} arrives within 15 seconds. */
    boolean waitForMail(String email, String text) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage[] messages = greenMail.getReceivedMessages();
            for (MimeMessage message : messages) {
                if (to(message, email) && body(message).contains(text)) {
                    return true;
                }
            }
            greenMail.waitForIncomingEmail(500, messages.length + 1);
        }
        return false;
    }

    /**
     * The path, with its query (a token), of the last link starting with {@code path} that was mailed to
     * {@code email}.
     */
    String linkFromMail(String email, String path) {
        Pattern link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[A-Za-z0-9_?=/-]*)");
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage[] messages = greenMail.getReceivedMessages();
            for (int i = messages.length - 1; i >= 0; i--) {
                if (!to(messages[i], email)) {
                    continue;
                }
                Matcher m = link.matcher(body(messages[i]).replace("=3D", "="));
                if (m.find()) {
                    return m.group(1);
                }
            }
            greenMail.waitForIncomingEmail(500, messages.length + 1);
        }
        throw new AssertionError("no " + path + " link mailed to " + email);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static boolean to(MimeMessage message, String email) {
        try {
            return message.getAllRecipients()[0].toString().equals(email);
        } catch (jakarta.mail.MessagingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "");
    }
}
