package org.healthcareershub.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;
import org.healthcareershub.jobs.TestPostings;
import org.healthcareershub.talent.domain.LapseWarnings;
import org.healthcareershub.web.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The consent rules proven through the web layer: a seeker turns visibility on at /account/visibility, and an
 * organization's member searches /employer/talent and sees only what the seeker allowed, under a handle of its
 * own; a pause, a lapse and a withdrawal hide the seeker from the very next search. Unverified organizations
 * find nobody; paging stops at ten pages; searches per hour are limited; the week-ahead mail arrives once.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=18325",
            "hub.security.talent-searches-per-organization=40"
        })
@AutoConfigureMockMvc
@Tag("db")
class TalentWebTests {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(18325, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    static final Pattern HANDLE = Pattern.compile("Candidate ([2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MovableClock clock;

    @Autowired
    LapseWarnings warnings;

    @Autowired
    TalentFixtures fixtures;

    @Autowired
    org.healthcareershub.talent.domain.VisibilitySettings settings;

    @AfterEach
    void remove() {
        fixtures.removeAll();
    }

    MvcTestResult optIn(Account seeker, String days, String... fields) {
        var request = mvc.post()
                .uri("/account/visibility")
                .with(user(seeker.signedIn()))
                .with(csrf())
                .param("reach", "REGIONS")
                .param("region", "Capital Region")
                .param("career", TalentFixtures.CARE)
                .param("days", days);
        for (String field : fields) {
            request = request.param("field", field);
        }
        return request.exchange();
    }

    void post(Account seeker, String path) {
        assertThat(mvc.post()
                        .uri(path)
                        .with(user(seeker.signedIn()))
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
    }

    String search(Account member, String query) {
        MvcTestResult result = mvc.get()
                .uri("/employer/talent" + query)
                .with(user(member.signedIn()))
                .exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> handles(String page) {
        List<String> found = new ArrayList<>();
        Matcher m = HANDLE.matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The search result card of one handle. */
    static String card(String page, String handle) {
        int start = page.indexOf("id=\"talent-" + handle + "\"");
        assertThat(start).as("card of " + handle).isPositive();
        return page.substring(start, page.indexOf("</li>", page.indexOf("</dl>", start)));
    }

    @Test
    void visibilityIsOffUntilTheSeekerTurnsItOn() {
        Account seeker = fixtures.seeker("Quiet Seeker");
        Account member = fixtures.member(fixtures.albany("VERIFIED"));
        assertThat(body(mvc.get()
                        .uri("/account/visibility")
                        .with(user(seeker.signedIn()))
                        .exchange()))
                .contains("Off: no employer can find you.");
        assertThat(search(member, "")).contains("Nobody matches");

        assertThat(optIn(seeker, "90", "EDUCATION")).hasStatus3xxRedirection();
        assertThat(handles(search(member, ""))).hasSize(1);
    }

    @Test
    void eachDetailIsHiddenUnlessAllowedAndCannotBeSearchedWhenHidden() {
        Account seeker = fixtures.seeker(
                "Detail Seeker", "12207", EducationLevel.BACHELOR, Set.of(License.RN), 7, Set.of(TalentFixtures.CHW));
        Account member = fixtures.member(fixtures.albany("VERIFIED"));
        optIn(seeker, "90", "EDUCATION");

        String page = search(member, "");
        String card = card(page, handles(page).get(0));
        assertThat(card).contains("bachelor").doesNotContain("122xx").doesNotContain("Capital Region");
        assertThat(card).doesNotContain(">7<").doesNotContain("Registered").doesNotContain("Community health");
        assertThat(page).doesNotContain(seeker.getEmail()).doesNotContain("Detail Seeker");
        assertThat(handles(search(member, "?education=ASSOCIATE"))).hasSize(1);
        assertThat(handles(search(member, "?license=RN"))).isEmpty();
        assertThat(handles(search(member, "?years=5"))).isEmpty();

        optIn(seeker, "90", "AREA", "EDUCATION", "EXPERIENCE", "LICENSES", "CAREERS");
        page = search(member, "?license=RN&years=5");
        card = card(page, handles(page).get(0));
        assertThat(card).contains("122xx, Capital Region").contains(">7<").contains("bachelor");
        assertThat(card).doesNotContain("12207");
        assertThat(page).doesNotContain(seeker.getEmail());
        assertThat(handles(search(member, "?years=8"))).isEmpty();
        assertThat(handles(search(member, "?career=community-health-worker"))).isEmpty();
        assertThat(handles(search(member, "?career=" + TalentFixtures.CARE))).hasSize(1);
    }

    @Test
    void aPauseALapseAndAWithdrawalTakeEffectAtOnce() {
        Account seeker = fixtures.seeker("Pausing Seeker");
        Account member = fixtures.member(fixtures.albany("VERIFIED"));
        optIn(seeker, "30", "EDUCATION");
        assertThat(handles(search(member, ""))).hasSize(1);

        post(seeker, "/account/visibility/pause");
        assertThat(handles(search(member, ""))).isEmpty();
        post(seeker, "/account/visibility/resume");
        assertThat(handles(search(member, ""))).hasSize(1);

        clock.advance(Duration.ofDays(30));
        assertThat(handles(search(member, ""))).isEmpty();
        assertThat(body(mvc.get()
                        .uri("/account/visibility")
                        .with(user(seeker.signedIn()))
                        .exchange()))
                .contains("Renew to be found again");
        assertThat(mvc.post()
                        .uri("/account/visibility/renew")
                        .param("days", "30")
                        .with(user(seeker.signedIn()))
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(handles(search(member, ""))).hasSize(1);

        post(seeker, "/account/visibility/withdraw");
        assertThat(handles(search(member, ""))).isEmpty();
        assertThat(body(mvc.get()
                        .uri("/account/visibility")
                        .with(user(seeker.signedIn()))
                        .exchange()))
                .contains("Off: no employer can find you.");
    }

    @Test
    void organizationsSeeTheSameSeekerUnderDifferentStableHandlesAndTheSeekerSeesThemInTheLog() {
        Account seeker = fixtures.seeker("Handled Seeker");
        TestPostings.Org one = fixtures.albany("VERIFIED");
        TestPostings.Org two = fixtures.albany("VERIFIED");
        Account first = fixtures.member(one);
        Account second = fixtures.member(two);
        optIn(seeker, "90");

        List<String> seenByOne = handles(search(first, ""));
        List<String> seenByTwo = handles(search(second, ""));
        assertThat(seenByOne).hasSize(1);
        assertThat(seenByTwo).hasSize(1);
        assertThat(seenByOne).isNotEqualTo(seenByTwo);
        assertThat(handles(search(first, ""))).isEqualTo(seenByOne);

        String log = body(mvc.get()
                .uri("/account/visibility")
                .with(user(seeker.signedIn()))
                .exchange());
        assertThat(log)
                .contains("Test Org " + one.slug() + " saw you in its search results")
                .contains("Test Org " + two.slug() + " saw you in its search results");
    }

    @Test
    void anUnverifiedOrganizationFindsNobodyAndASuspendedOneIsSentToThePortal() {
        Account seeker = fixtures.seeker("Unverified Seen Seeker");
        optIn(seeker, "90", "EDUCATION");
        String pending = search(fixtures.member(fixtures.albany("PENDING")), "");
        assertThat(pending).contains("once staff have verified it");
        assertThat(handles(pending)).isEmpty();
        assertThat(mvc.get()
                        .uri("/employer/talent")
                        .with(user(fixtures.member(fixtures.albany("SUSPENDED")).signedIn()))
                        .exchange())
                .hasRedirectedUrl("/employer");
    }

    @Test
    void aDistanceFindsOnlySeekersWhoShowTheirAreaAndOnlyAFixedRadiusIsAccepted() {
        Account hidden = fixtures.seeker("Area Hidden Seeker");
        Account shown = fixtures.seeker("Area Shown Seeker");
        optIn(hidden, "90", "EDUCATION");
        optIn(shown, "90", "AREA");
        TestPostings.Org org = fixtures.albany("VERIFIED");
        Account member = fixtures.member(org);
        assertThat(handles(search(member, "?site=" + org.siteId()))).hasSize(2);

        for (String radius : List.of("10", "25", "50", "100")) {
            String page = search(member, "?site=" + org.siteId() + "&radius=" + radius);
            assertThat(handles(page)).as(radius + " miles").hasSize(1);
            assertThat(card(page, handles(page).get(0))).contains("122xx");
        }
        String refused = search(member, "?site=" + org.siteId() + "&radius=3");
        assertThat(refused).contains("Choose 10, 25, 50 or 100 miles.");
        assertThat(search(member, "?radius=25")).contains("Choose a site to measure the distance from.");
    }

    @Test
    void changingTermsKeepsAPauseAndTheEndDateUnlessAPeriodIsChosen() {
        Account seeker = fixtures.seeker("Editing Seeker");
        optIn(seeker, "30");
        java.time.Instant ends = settings.find(seeker.getId()).orElseThrow().getEndsAt();
        post(seeker, "/account/visibility/pause");
        MvcTestResult form = mvc.get()
                .uri("/account/visibility")
                .with(user(seeker.signedIn()))
                .exchange();
        assertThat(((org.healthcareershub.talent.domain.VisibilityRules.Input)
                                form.getMvcResult().getModelAndView().getModel().get("form"))
                        .days())
                .isNull();
        clock.advance(Duration.ofDays(3));

        assertThat(optIn(seeker, "", "EDUCATION")).hasStatus3xxRedirection();
        var kept = settings.find(seeker.getId()).orElseThrow();
        assertThat(kept.getState()).isEqualTo(org.healthcareershub.talent.domain.VisibilityState.PAUSED);
        assertThat(kept.getEndsAt()).isEqualTo(ends);
        assertThat(kept.getFields()).containsExactly(org.healthcareershub.talent.domain.ProfileField.EDUCATION);

        assertThat(optIn(seeker, "180")).hasStatus3xxRedirection();
        var renewed = settings.find(seeker.getId()).orElseThrow();
        assertThat(renewed.getState()).isEqualTo(org.healthcareershub.talent.domain.VisibilityState.PAUSED);
        assertThat(renewed.getEndsAt())
                .isCloseTo(
                        clock.instant().plus(Duration.ofDays(180)),
                        org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));

        Account fresh = fixtures.seeker("Fresh Seeker");
        assertThat(optIn(fresh, "")).hasStatus(422);
    }

    @Test
    void anOrganizationOutsideTheSeekersRegionsFindsNobody() {
        Account seeker = fixtures.seeker("Albany Only Seeker");
        optIn(seeker, "90");
        assertThat(handles(search(fixtures.member(fixtures.buffalo()), ""))).isEmpty();
    }

    @Test
    void pagingStopsAtTenPages() {
        Account member = fixtures.member(fixtures.albany("VERIFIED"));
        for (int i = 0; i < 21; i++) {
            optIn(fixtures.seeker("Paged Seeker"), "90");
        }
        String first = search(member, "");
        assertThat(handles(first)).hasSize(20);
        assertThat(first).contains("?page=2");
        assertThat(handles(search(member, "?page=2"))).hasSizeGreaterThanOrEqualTo(1);
        MvcTestResult beyond = mvc.get()
                .uri("/employer/talent?page=11")
                .with(user(member.signedIn()))
                .exchange();
        assertThat(body(beyond)).contains("Only the first 10 pages can be read");
    }

    @Test
    void searchesPerHourAreLimitedPerOrganization() {
        TestPostings.Org org = fixtures.albany("VERIFIED");
        Account member = fixtures.member(org);
        Account colleague = fixtures.member(org);
        for (int i = 0; i < 40; i++) {
            search(i % 2 == 0 ? member : colleague, "");
        }
        MvcTestResult limited = mvc.get()
                .uri("/employer/talent")
                .with(user(colleague.signedIn()))
                .exchange();
        assertThat(limited).hasStatus(429);
        assertThat(body(limited)).contains("searched a lot in the last hour");
        assertThat(search(fixtures.member(fixtures.albany("VERIFIED")), "")).doesNotContain("searched a lot");
        clock.advance(Duration.ofHours(1));
        assertThat(search(member, "")).doesNotContain("searched a lot");
    }

    @Test
    void aRefusedFormKeepsWhatWasChosenAndSaysWhy() {
        Account seeker = fixtures.seeker("No Zip Seeker", null, null, Set.of(), null, Set.of());
        MvcTestResult refused = mvc.post()
                .uri("/account/visibility")
                .with(user(seeker.signedIn()))
                .with(csrf())
                .param("reach", "DISTANCE")
                .param("radius", "25")
                .param("field", "EDUCATION")
                .param("days", "45")
                .exchange();
        assertThat(refused).hasStatus(422);
        assertThat(body(refused))
                .contains("Add your ZIP code to your profile first")
                .contains("Choose at least one career.")
                .contains("Choose 30, 90 or 180 days.")
                .containsPattern("value=\"EDUCATION\"[^>]*checked");
    }

    @Test
    void theWeekAheadMailArrivesOnceWithTheLinkToRenew() throws Exception {
        Account seeker = fixtures.seeker("Lapsing Seeker");
        optIn(seeker, "30");
        assertThat(warnings.warnDue()).isZero();
        clock.advance(Duration.ofDays(24));
        assertThat(warnings.warnDue()).isEqualTo(1);
        assertThat(warnings.warnDue()).isZero();
        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] mine = TestPostings.mailTo(greenMail, seeker.getEmail());
        assertThat(mine).hasSize(1);
        assertThat(mine[0].getSubject()).contains("ends in a week");
        assertThat(GreenMailUtil.getBody(mine[0]).replace("=\r\n", "").replace("=3D", "="))
                .contains("/account/visibility");

        clock.advance(Duration.ofDays(7));
        assertThat(warnings.warnDue()).isZero();
        Thread.sleep(300);
        assertThat(TestPostings.mailTo(greenMail, seeker.getEmail())).hasSize(1);
    }
}
