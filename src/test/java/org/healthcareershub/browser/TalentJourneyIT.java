package org.healthcareershub.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Being found on one's own terms, on phones: a seeker in Albany lets organizations within 25 miles find them
 * for care coordination, for 90 days; a verified organization with a site in Albany finds them in its talent
 * search and sends them an opportunity linked to its posting; the seeker, told by email, replies sharing
 * their email address, then withdraws; the organization reads the reply and can no longer find them. axe-core
 * checks every page on the way, none scrolls sideways at 375 px, and each leaves a screenshot.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=18426"})
class TalentJourneyIT {

    static final String PASSWORD = "meadow lantern pebble";
    static final String ORGANIZATION = "Sample Journey Hudson Care Partners";
    static final String EMPLOYER_EMAIL = "hudson.employer@example.com";
    static final String SEEKER_EMAIL = "hudson.seeker@example.com";
    static final String TITLE = "Hudson Journey Care Coordinator";
    static final String CARE = "care-coordination-and-care-management";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(18426, "127.0.0.1", "smtp"));

    @RegisterExtension
    static final BrowserSession session = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    void aSeekerFoundNearbyRepliesToAnOpportunityThenWithdraws() {
        try (BrowserContext employer = phone();
                BrowserContext staff = phone();
                BrowserContext seeker = phone()) {
            Page e = employer.newPage();
            signUp(e, true, "Hudson Employer", EMPLOYER_EMAIL);
            e.navigate(url(linkFromMail(EMPLOYER_EMAIL, "/verify-email")));
            signIn(e, EMPLOYER_EMAIL);

            Page s = staff.newPage();
            signIn(s, "admin@example.org", "test-admin-password-123");
            s.navigate(url("/admin/accounts/verification"));
            s.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify " + ORGANIZATION))
                    .click();
            assertThat(s.locator("main")).containsText(ORGANIZATION + " is verified");

            // the organization works in Albany and has an opening there
            e.navigate(url("/employer/sites/new"));
            e.locator("#name").fill("Hudson Albany office");
            e.locator("#zip").fill("12207");
            e.locator("main form button[type=submit]").click();
            assertThat(e.locator("main")).containsText("Hudson Albany office");
            postOpening(e);

            // the seeker signs up, says where they live, and lets organizations within 25 miles find them
            Page p = seeker.newPage();
            signUp(p, false, "Hudson Seeker", SEEKER_EMAIL);
            p.navigate(url(linkFromMail(SEEKER_EMAIL, "/verify-email")));
            signIn(p, SEEKER_EMAIL);
            p.navigate(url("/account/profile"));
            p.locator("#zip").fill("12210");
            p.locator("#education").selectOption("ASSOCIATE");
            p.locator("#years").fill("3");
            p.locator("main form button[type=submit]").first().click();
            p.navigate(url("/account"));
            look(p, "talent-journey-01-account");
            p.locator("a[href='/account/visibility']").first().click();
            assertThat(p.locator("#visibility-state")).isVisible();
            look(p, "talent-journey-02-visibility-off");
            p.locator("#reach-DISTANCE").check();
            p.locator("#radius").fill("25");
            p.locator("#career-" + CARE).check();
            p.locator("#field-EDUCATION").check();
            p.locator("#field-EXPERIENCE").check();
            p.locator("#days-90").check();
            p.locator("#visibility-save").click();
            assertThat(p.locator("#visibility-pause")).isVisible();
            look(p, "talent-journey-03-visibility-on");

            // the organization finds them and writes about its opening
            e.navigate(url("/employer"));
            look(e, "talent-journey-04-portal");
            e.locator("a[href='/employer/talent']").first().click();
            e.locator("#career").selectOption(CARE);
            e.locator("#talent-search button[type=submit]").click();
            assertThat(e.locator(".talent-hit")).hasCount(1);
            assertThat(e.locator(".talent-hit").first()).not().containsText(SEEKER_EMAIL);
            look(e, "talent-journey-05-search");
            String card = e.locator(".talent-hit").first().getAttribute("id");
            e.locator("#" + card + " a.talent-hit__send").click();
            assertThat(e.locator("h1")).hasText("Send an opportunity");
            look(e, "talent-journey-06-message-form");
            e.locator("#posting").selectOption(new SelectOption().setLabel(TITLE));
            e.locator("#subject").fill("Care coordinator opening near you");
            e.locator("#body").fill("Hello! We think you would be a great fit. <b>Days</b> only.");
            e.locator("#send").click();
            assertThat(e.locator("#message-status")).hasText("Waiting for an answer");
            look(e, "talent-journey-07-message-sent");

            // the seeker is told by email, without the message, and answers from the inbox
            String inboxLink = linkFromMail(SEEKER_EMAIL, "/account/inbox/");
            p.navigate(url(inboxLink));
            assertThat(p.locator("#message-body"))
                    .hasText("Hello! We think you would be a great fit. <b>Days</b> only.");
            assertThat(p.locator("main")).containsText(ORGANIZATION);
            assertThat(p.locator("main")).containsText(TITLE);
            look(p, "talent-journey-08-inbox-message");
            p.locator("#reply").fill("Thank you, I would like to hear more. Mornings are best.");
            p.locator("#shareEmail").check();
            p.locator("#reply-submit").click();
            assertThat(p.locator("#message-status")).hasText("Replied");
            assertThat(p.locator("#reply-shared")).containsText(SEEKER_EMAIL);
            look(p, "talent-journey-09-replied");
            p.navigate(url("/account/inbox"));
            look(p, "talent-journey-10-inbox");

            // the organization reads the reply with the address the seeker chose to share
            e.navigate(url("/employer/talent/messages"));
            assertThat(e.locator("#messages")).containsText("Replied");
            look(e, "talent-journey-11-messages");
            e.locator("#messages h2 a").first().click();
            assertThat(e.locator("#reply-text")).hasText("Thank you, I would like to hear more. Mornings are best.");
            assertThat(e.locator("#reply-email")).hasText(SEEKER_EMAIL);
            look(e, "talent-journey-12-reply");

            // the seeker withdraws, and sees who contacted them
            p.navigate(url("/account/visibility"));
            assertThat(p.locator("#access-log")).containsText(ORGANIZATION);
            p.locator("#visibility-withdraw").click();
            assertThat(p.locator("#visibility-pause")).hasCount(0);
            look(p, "talent-journey-13-withdrawn");

            // the organization can no longer find them
            e.navigate(url("/employer/talent?career=" + CARE));
            assertThat(e.locator("main")).containsText("Nobody matches this search");
            assertThat(e.locator(".talent-hit")).hasCount(0);
            look(e, "talent-journey-14-not-found");
        }
    }

    void postOpening(Page e) {
        e.navigate(url("/employer/jobs/new"));
        e.locator("#title").fill(TITLE);
        e.locator("#career").selectOption(CARE);
        e.locator("#jobTitle").selectOption("Care Coordinator");
        e.locator("#workplace-ON_SITE").check();
        e.locator("#site").selectOption(new SelectOption().setLabel("Hudson Albany office, Albany"));
        e.locator("#description").fill("Coordinate care for adults with chronic conditions in Albany.");
        e.locator("#employmentType-FULL_TIME").check();
        e.locator("#schedules-DAYS").check();
        e.locator("#payMin").fill("24");
        e.locator("#payMax").fill("29.50");
        e.locator("#payUnit-HOUR").check();
        e.locator("#education").selectOption("HIGH_SCHOOL");
        e.locator("#experience").fill("1");
        e.locator("#applyOnPortal").check();
        e.locator("#closingDate")
                .fill(LocalDate.now(ZoneId.of("America/New_York")).plusDays(30).toString());
        e.locator("main form button[type=submit]").click();
        e.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))
                .first()
                .click();
        assertThat(e.locator("main a", new Page.LocatorOptions().setHasText(TITLE)))
                .isVisible();
    }

    PhoneJourney journey() {
        return new PhoneJourney(greenMail, session, port, PASSWORD);
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

    void signIn(Page page, String email) {
        journey().signIn(page, email, PASSWORD);
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
