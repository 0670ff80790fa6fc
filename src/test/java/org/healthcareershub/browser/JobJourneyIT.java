package org.healthcareershub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From posting to hire, on a phone: an employer signs up, staff verify it, the employer adds a site and posts
 * an opening; a seeker finds it by ZIP code from the flagship career page and expresses interest; the
 * employer moves it to interview and the seeker sees that step on their account page. axe-core checks every
 * page on the way and each page leaves a 375 px screenshot in target/screenshots.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3029"})
class JobJourneyIT {

    static final String PASSWORD = "harbor violet teacup";
    static final String ORGANIZATION = "Sample Journey Harbor Health";
    static final String EMPLOYER_EMAIL = "harbor.employer@example.com";
    static final String SEEKER_EMAIL = "harbor.seeker@example.com";
    static final String TITLE = "Harbor Journey Care Coordinator";
    static final String FLAGSHIP = "/careers/care-coordination-and-care-management";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3029, "127.0.0.1", "smtp"));

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void anEmployerPostsAnOpeningAndASeekerNearbyGetsAnInterview() {
        try (BrowserContext employer = phone();
                BrowserContext staff = phone();
                BrowserContext seeker = phone()) {
            Page e = employer.newPage();
            signUp(e, true, "Harbor Employer", EMPLOYER_EMAIL);
            e.navigate(url(linkFromMail(EMPLOYER_EMAIL, "/verify-email")));
            assertThat(e.locator("main")).containsText("is confirmed");
            signIn(e, EMPLOYER_EMAIL, PASSWORD);
            e.navigate(url("/employer"));
            assertThat(e.locator("#standing-h")).isVisible();
            look(e, "job-journey-01-portal-pending");

            Page s = staff.newPage();
            signIn(s, "admin@example.org", "test-admin-password-123");
            s.navigate(url("/admin/accounts/verification"));
            assertThat(s.locator("#queue")).containsText(ORGANIZATION);
            look(s, "job-journey-02-staff-queue");
            s.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify " + ORGANIZATION))
                    .click();
            assertThat(s.locator("main")).containsText(ORGANIZATION + " is verified");
            look(s, "job-journey-03-staff-verified");

            // the verified employer adds a site in Syracuse and posts an opening there
            e.navigate(url("/employer"));
            look(e, "job-journey-04-portal-verified");
            e.locator("a[href='/employer/sites']").click();
            look(e, "job-journey-05-sites");
            e.locator("a[href='/employer/sites/new']").click();
            e.locator("#name").fill("Harbor Syracuse office");
            e.locator("#zip").fill("1320");
            e.locator("main form button[type=submit]").click();
            assertThat(e.locator("#zip-error")).isVisible();
            assertThat(e.locator("#name")).hasValue("Harbor Syracuse office");
            look(e, "job-journey-06-site-error");
            e.locator("#zip").fill("13202");
            e.locator("main form button[type=submit]").click();
            assertThat(e.locator("main")).containsText("Harbor Syracuse office");
            look(e, "job-journey-07-site-added");

            e.navigate(url("/employer/jobs"));
            look(e, "job-journey-08-postings");
            e.locator("a[href='/employer/jobs/new']").click();
            e.locator("#title").fill(TITLE);
            e.locator("#career").selectOption("care-coordination-and-care-management");
            e.locator("#jobTitle").selectOption("Care Coordinator");
            e.locator("#workplace-ON_SITE").check();
            e.locator("#site")
                    .selectOption(new com.microsoft.playwright.options.SelectOption()
                            .setLabel("Harbor Syracuse office, Syracuse"));
            e.locator("#description").fill("Coordinate care for **adults** with chronic conditions in Syracuse.");
            e.locator("#employmentType-FULL_TIME").check();
            e.locator("#schedules-DAYS").check();
            e.locator("#payMin").fill("30");
            e.locator("#payMax").fill("25");
            e.locator("#payUnit-HOUR").check();
            e.locator("#education").selectOption("HIGH_SCHOOL");
            e.locator("#experience").fill("1");
            e.locator("#applyOnPortal").check();
            e.locator("#closingDate")
                    .fill(LocalDate.now(ZoneId.of("America/New_York"))
                            .plusDays(30)
                            .toString());
            e.locator("main form button[type=submit]").click();
            assertThat(e.locator(".error-summary")).isVisible();
            assertThat(e.locator("#payMin-error")).isVisible();
            assertThat(e.locator("#title")).hasValue(TITLE);
            look(e, "job-journey-09-posting-error");
            e.locator("#payMin").fill("24");
            e.locator("#payMax").fill("29.50");
            e.locator("main form button[type=submit]").click();
            assertThat(e.locator("main")).containsText(TITLE);
            e.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))
                    .first()
                    .click();
            assertThat(e.locator("main a", new Page.LocatorOptions().setHasText(TITLE)))
                    .isVisible();
            look(e, "job-journey-10-published");

            // a seeker signs up, then goes from the flagship career page to openings near a ZIP code
            Page p = seeker.newPage();
            signUp(p, false, "Harbor Seeker", SEEKER_EMAIL);
            p.navigate(url(linkFromMail(SEEKER_EMAIL, "/verify-email")));
            signIn(p, SEEKER_EMAIL, PASSWORD);
            p.navigate(url(FLAGSHIP));
            look(p, "job-journey-11-flagship");
            p.locator("#openings-count a").click();
            assertThat(p).hasURL(Pattern.compile(".*/jobs\\?career=care-coordination-and-care-management.*"));
            p.locator("#near").fill("13203");
            p.locator("#radius").fill("10");
            p.locator("#sort").selectOption("NEWEST");
            p.locator("#job-search button[type=submit]").click();
            assertThat(p).hasURL(Pattern.compile(".*near=13203.*"));
            assertThat(p.locator(".job-card").first()).containsText(TITLE);
            assertThat(p.locator(".job-card").first().locator(".distance")).containsText("Syracuse");
            look(p, "job-journey-12-search");
            p.locator(".job-card h3 a", new Page.LocatorOptions().setHasText(TITLE))
                    .click();
            assertThat(p.locator("h1")).hasText(TITLE);
            assertThat(p.locator("main")).containsText(ORGANIZATION);
            look(p, "job-journey-13-posting");

            // the seeker expresses interest; a note that is too long comes back with the note kept
            p.locator("#express-interest").click();
            assertThat(p.locator("#interest-email")).hasText(SEEKER_EMAIL);
            look(p, "job-journey-14-interest-form");
            // (a browser stops typing at maxlength; one that ignores it gets the server's message)
            p.locator("#note").evaluate("n => n.removeAttribute('maxlength')");
            p.locator("#note").fill("x".repeat(1001));
            p.locator("#interest-submit").click();
            assertThat(p.locator("#note-error")).isVisible();
            assertThat(p.locator(".error-summary")).isVisible();
            look(p, "job-journey-15-interest-error");
            p.locator("#note").fill("I coordinate care for my family and speak Spanish. Days suit me best.");
            p.locator("#interest-submit").click();
            assertThat(p).hasURL(Pattern.compile(".*/account(#interest-[0-9]+)?$"));
            String interest = p.url().replaceAll(".*#", "");
            assertThat(p.locator("#" + interest + "-current")).hasText("New");
            look(p, "job-journey-16-account-interest");
            assertThat(waitForMail(EMPLOYER_EMAIL, "Harbor Seeker")).isTrue();

            // the employer sees it in the portal and moves it to interview
            e.navigate(url("/employer"));
            e.locator("a[href='/employer/interest']").click();
            assertThat(e.locator("#" + interest)).containsText("Harbor Seeker");
            assertThat(e.locator("#" + interest)).containsText("Days suit me best.");
            look(e, "job-journey-17-portal-interest");
            e.locator("#" + interest + "-stage").selectOption("INTERVIEW");
            e.locator("#" + interest + "-move").click();
            assertThat(e.locator("#" + interest + "-current")).hasText("Interview");
            look(e, "job-journey-18-portal-interview");

            // the seeker sees the step on their account page, and was told by email
            p.navigate(url("/account"));
            assertThat(p.locator("#" + interest + "-current")).hasText("Interview");
            look(p, "job-journey-19-account-interview");
            assertThat(waitForMail(SEEKER_EMAIL, "Interview")).isTrue();
        }
    }

    PhoneJourney journey() {
        return new PhoneJourney(greenMail, session, port, PASSWORD);
    }

    boolean waitForMail(String email, String text) {
        return journey().waitForMail(email, text);
    }

    void look(Page page, String name) {
        PhoneJourney.look(page, name);
    }

    BrowserContext phone() {
        return journey().phone();
    }

    void signUp(Page page, boolean employer, String name, String email) {
        journey().signUp(page, employer ? ORGANIZATION : null, name, email);
    }

    void signIn(Page page, String email, String password) {
        journey().signIn(page, email, password);
    }

    String linkFromMail(String email, String path) {
        return journey().linkFromMail(email, path);
    }

    String url(String path) {
        return journey().url(path);
    }
}
