package org.healthcareershub.employers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.VerificationQueue;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerHit;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.employers.EmployerSearch;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.employers.domain.EmployerPortal;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.geo.Geography;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The employer portal's own pages: standing, profile and sites, with the directory's index following. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class EmployerPortalTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    EmployerRegistration registration;

    @Autowired
    VerificationQueue queue;

    @Autowired
    EmployerDirectory directory;

    @Autowired
    EmployerPortal portal;

    @Autowired
    Geography geography;

    @Autowired
    JdbcTemplate jdbc;

    long employerId;
    String name;
    Account account;

    @BeforeEach
    void organization() {
        name = "Portal Org " + UUID.randomUUID();
        employerId = registration.registerPending(name, null, "portal@example.net");
        account = testAccounts.create(Role.EMPLOYER, "Pat Portal", true, employerId, "en");
    }

    RequestPostProcessor me() {
        return user(account.signedIn());
    }

    static String word() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    Document page(String path) {
        MvcTestResult result = mvc.get().uri(path).with(me()).exchange();
        assertThat(result).hasStatusOk();
        return html(result);
    }

    MvcTestResult addSite(String siteName, String street, String city, String zip) {
        return mvc.post()
                .uri("/employer/sites")
                .with(me())
                .with(csrf())
                .param("name", siteName)
                .param("street", street)
                .param("city", city)
                .param("zip", zip)
                .exchange();
    }

    long siteId(String siteName) {
        return portal.sites(employerId).stream()
                .filter(s -> s.name().equals(siteName))
                .findFirst()
                .orElseThrow()
                .id();
    }

    java.util.List<String> slugsNear(String zip, int miles, String text) {
        GeoPoint point = geography.zip(zip).orElseThrow().point();
        return directory.search(new EmployerSearch(text, Set.of(), null, null, point, miles, 1, 100)).hits().stream()
                .map(EmployerHit::slug)
                .toList();
    }

    String slug() {
        return registration.find(employerId).orElseThrow().slug();
    }

    @Test
    void aPendingOrganizationSeesWhereItStandsAndTheWayToEveryPart() {
        Document home = page("/employer");
        assertThat(home.select("h1").text()).isEqualTo("Employer portal");
        assertThat(home.select(".lead").text()).isEqualTo(name);
        assertThat(home.select("#standing").text()).contains("Waiting for staff", "complete your profile");
        assertThat(home.select("nav a.choice").eachAttr("href"))
                .containsExactly(
                        "/employer/profile",
                        "/employer/sites",
                        "/employer/contact-requests",
                        "/employer/jobs",
                        "/employer/interest",
                        "/employer/talent",
                        "/employer/talent/messages",
                        "/employer/colleagues");
        assertThat(home.select("#standing form")).isEmpty();
    }

    @Test
    void aSuspendedOrganizationIsToldWhyAndWhatToDoInsteadOfABare403() {
        queue.suspend(employerId);
        Document home = page("/employer");
        assertThat(home.select("#standing").text()).contains("Suspended", "Reply to the email from the portal staff");
        assertThat(home.select("nav a.choice")).isEmpty();
        for (String path : new String[] {"/employer/profile", "/employer/sites", "/employer/sites/new"}) {
            assertThat(mvc.get().uri(path).with(me()).exchange()).hasStatus(302).hasRedirectedUrl("/employer");
        }
        assertThat(mvc.post()
                        .uri("/employer/profile")
                        .with(me())
                        .with(csrf())
                        .param("description", "changed while suspended")
                        .exchange())
                .hasRedirectedUrl("/employer");
        assertThat(portal.profile(employerId).description()).isNull();
    }

    @Test
    void anAccountOfNoOrganizationIsToldHowToJoinOne() {
        Account loose = testAccounts.create(Role.EMPLOYER, "Lee Loose", true, null, "en");
        MvcTestResult result =
                mvc.get().uri("/employer").with(user(loose.signedIn())).exchange();
        assertThat(result).hasStatusOk();
        assertThat(html(result).select("#standing").text()).contains("not part of an organization", "invite");
        assertThat(mvc.get().uri("/employer/sites").with(user(loose.signedIn())).exchange())
                .hasRedirectedUrl("/employer");
    }

    @Test
    void aRejectedOrganizationSeesTheReasonFixesItsProfileAndAsksAgain() {
        queue.reject(employerId, "Tell us which county you serve.");
        Document home = page("/employer");
        assertThat(home.select("#standing q").text()).isEqualTo("Tell us which county you serve.");
        assertThat(home.select("#standing").text()).contains("ask staff to look again");
        assertThat(mvc.post()
                        .uri("/employer/profile")
                        .with(me())
                        .with(csrf())
                        .param("description", "We serve Albany County.")
                        .exchange())
                .hasRedirectedUrl("/employer");
        assertThat(mvc.post().uri("/employer/resubmit").with(me()).with(csrf()).exchange())
                .hasRedirectedUrl("/employer");
        assertThat(registration.find(employerId).orElseThrow().state()).isEqualTo(VerificationState.PENDING);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'employer.resubmitted' and subject = ?",
                        Integer.class,
                        "employer:" + employerId))
                .isEqualTo(1);
        // a second request finds nothing to resubmit
        mvc.post().uri("/employer/resubmit").with(me()).with(csrf()).exchange();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'employer.resubmitted' and subject = ?",
                        Integer.class,
                        "employer:" + employerId))
                .isEqualTo(1);
    }

    @Test
    void savingTheProfileChangesTheDirectoryAndItsIndex() {
        queue.verify(employerId);
        String word = word();
        assertThat(mvc.post()
                        .uri("/employer/profile")
                        .with(me())
                        .with(csrf())
                        .param("description", "Care managers for " + word + " families.\nBilingual staff.")
                        .param("website", "https://example.org/about")
                        .param("settings", "health-home", "school")
                        .param("careers", "care-coordination-and-care-management")
                        .param("languages", "es", "ht")
                        .exchange())
                .hasStatus(302)
                .hasRedirectedUrl("/employer");
        EmployerPortal.ProfileView saved = portal.profile(employerId);
        assertThat(saved.website()).isEqualTo("https://example.org/about");
        assertThat(saved.settings()).containsExactlyInAnyOrder("health-home", "school");
        assertThat(saved.languages()).containsExactlyInAnyOrder("es", "ht");
        assertThat(directory
                        .search(new EmployerSearch(word, Set.of(), null, null, null, 0, 1, 10))
                        .hits())
                .extracting(EmployerHit::slug)
                .containsExactly(slug());

        Document form = page("/employer/profile");
        assertThat(form.select("#description").text()).contains(word);
        assertThat(form.select("#settings-school").hasAttr("checked")).isTrue();
        assertThat(form.select("#languages-ht").hasAttr("checked")).isTrue();
        assertThat(form.select("label[for=languages-ht]").text()).isEqualTo("Haitian Creole");
    }

    @Test
    void aBadProfileIsRefusedFieldByFieldKeepingWhatWasTyped() {
        MvcTestResult result = mvc.post()
                .uri("/employer/profile")
                .with(me())
                .with(csrf())
                .param("description", "x".repeat(4001))
                .param("website", "javascript:alert(1)")
                .param("settings", "spaceport")
                .param("languages", "tlh")
                .exchange();
        assertThat(result).hasStatus(422);
        Document page = html(result);
        assertThat(page.select(".error-summary li")).hasSize(4);
        assertThat(page.select("#description-error").text()).contains("at most 4,000");
        assertThat(page.select("#website-error").text()).contains("http:// or https://");
        assertThat(page.select("#website").val()).isEqualTo("javascript:alert(1)");
        assertThat(page.select("#settings-error").text()).contains("spaceport");
        assertThat(page.select("#languages-error").text()).contains("tlh");
        assertThat(page.select("#description").text()).hasSize(4001);

        MvcTestResult control = mvc.post()
                .uri("/employer/profile")
                .with(me())
                .with(csrf())
                .param("description", "Hidden\u0000text and a \u202Ereversal")
                .param("website", "https://example.org/\u0007")
                .exchange();
        assertThat(control).hasStatus(422);
        assertThat(html(control).select("#description-error").text()).contains("character that cannot be used");
        assertThat(html(control).select("#website-error").text()).contains("character that cannot be used");
        assertThat(portal.profile(employerId).description()).isNull();
    }

    @Test
    void aSiteIsGeocodedFromItsZipCodeAndFoundNearItThenLeavesSearchWhenClosed() {
        queue.verify(employerId);
        String siteName = "Clinic " + word();
        assertThat(addSite(siteName, "1 Main Street", "", "12207")).hasRedirectedUrl("/employer/sites");
        assertThat(slugsNear("12207", 3, null)).contains(slug());
        Document list = page("/employer/sites");
        assertThat(list.select("#sites tbody tr").text())
                .contains(siteName, "1 Main Street", "Albany 12207", "Capital");

        long site = siteId(siteName);
        assertThat(mvc.post()
                        .uri("/employer/sites/" + site)
                        .with(me())
                        .with(csrf())
                        .param("name", siteName)
                        .param("street", "2 Niagara Street")
                        .param("city", "Buffalo")
                        .param("zip", "14202")
                        .exchange())
                .hasRedirectedUrl("/employer/sites");
        assertThat(slugsNear("14202", 3, null)).contains(slug());
        assertThat(slugsNear("12207", 3, null)).doesNotContain(slug());

        assertThat(mvc.post()
                        .uri("/employer/sites/" + site + "/close")
                        .with(me())
                        .with(csrf())
                        .exchange())
                .hasRedirectedUrl("/employer/sites");
        assertThat(slugsNear("14202", 3, null)).doesNotContain(slug());
        assertThat(directory.profile(slug()).sites()).isEmpty();
        Document closed = page("/employer/sites");
        assertThat(closed.select("#site-" + site).text()).contains("Closed");
        assertThat(closed.select("#site-" + site + " form")).isEmpty();
        // a closed site is history: it cannot be changed back into the directory
        assertThat(mvc.post()
                        .uri("/employer/sites/" + site)
                        .with(me())
                        .with(csrf())
                        .param("name", siteName)
                        .param("zip", "12207")
                        .exchange())
                .hasRedirectedUrl("/employer/sites");
        assertThat(slugsNear("12207", 3, null)).doesNotContain(slug());
    }

    @Test
    void aBadAddressIsExplainedNextToItsFieldWithTheInputKept() {
        MvcTestResult unknown = addSite("North office", "5 Elm St", "", "00000");
        assertThat(unknown).hasStatus(422);
        Document page = html(unknown);
        assertThat(page.select("#zip-error").text()).contains("could not find ZIP code 00000");
        assertThat(page.select("#zip").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#name").val()).isEqualTo("North office");
        assertThat(page.select("#street").val()).isEqualTo("5 Elm St");
        assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#zip");

        MvcTestResult far = addSite("North office", "", "Buffalo", "12207");
        assertThat(far).hasStatus(422);
        assertThat(html(far).select("#city-error").text()).contains("Buffalo is far from ZIP code 12207", "Albany");

        MvcTestResult malformed = addSite("", "", "", "12a07");
        assertThat(malformed).hasStatus(422);
        assertThat(html(malformed).select("#name-error").text()).isNotBlank();
        assertThat(html(malformed).select("#zip-error").text()).contains("5-digit");

        MvcTestResult tooLong = addSite("n".repeat(201), "Line one\nLine two", "", "12207");
        assertThat(tooLong).hasStatus(422);
        assertThat(html(tooLong).select("#name-error").text()).contains("at most 200");
        assertThat(html(tooLong).select("#street-error").text()).contains("single line");
        assertThat(portal.sites(employerId)).isEmpty();
    }

    @Test
    void anotherOrganizationsSiteShowsNothingAndCannotBeChanged() throws Exception {
        long theirs = registration.registerPending("Their Org " + UUID.randomUUID(), null, "their@example.net");
        String theirSite = "Secret site " + word();
        long theirSiteId = portal.addSite(
                theirs,
                new org.healthcareershub.employers.domain.PortalRules(Set.of(), Set.of(), geography)
                        .site(
                                new org.healthcareershub.employers.domain.PortalRules.SiteInput(
                                        theirSite, null, null, "12207"),
                                new org.healthcareershub.web.FieldErrors())
                        .orElseThrow());
        MvcTestResult show =
                mvc.get().uri("/employer/sites/" + theirSiteId).with(me()).exchange();
        assertThat(show).hasStatus(404);
        assertThat(show.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(theirSite);
        assertThat(mvc.post()
                        .uri("/employer/sites/" + theirSiteId)
                        .with(me())
                        .with(csrf())
                        .param("name", "Mine now")
                        .param("zip", "14202")
                        .exchange())
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/employer/sites/" + theirSiteId + "/close")
                        .with(me())
                        .with(csrf())
                        .exchange())
                .hasStatus(404);
        EmployerPortal.SiteView still = portal.site(theirs, theirSiteId);
        assertThat(still.open()).isTrue();
        assertThat(still.name()).isEqualTo(theirSite);
        assertThat(still.zip()).isEqualTo("12207");
        assertThat(page("/employer/sites").text()).doesNotContain(theirSite);
    }

    @Test
    void thePortalPagesAreValidHtmlWithHeadingsInOrder() throws Exception {
        addSite("Valid clinic", "", "", "12207");
        java.util.Map<String, String> sources = new java.util.LinkedHashMap<>();
        for (String path : new String[] {
            "/employer", "/employer/profile", "/employer/sites", "/employer/sites/new", "/employer/colleagues"
        }) {
            MvcTestResult result = mvc.get().uri(path).with(me()).exchange();
            assertThat(result).as(path).hasStatusOk();
            sources.put(path, result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        sources.put(
                "/employer/sites/{id}",
                mvc.get()
                        .uri("/employer/sites/" + siteId("Valid clinic"))
                        .with(me())
                        .exchange()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        sources.put(
                "refused site", addSite("", "", "", "00000").getResponse().getContentAsString(StandardCharsets.UTF_8));
        sources.put(
                "/join",
                mvc.get()
                        .uri("/join")
                        .param("token", "nonsense")
                        .exchange()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));

        nu.validator.client.EmbeddedValidator checker = new nu.validator.client.EmbeddedValidator();
        checker.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.JSON);
        checker.setNoLangDetect(true);
        tools.jackson.databind.json.JsonMapper json =
                tools.jackson.databind.json.JsonMapper.builder().build();
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (var page : sources.entrySet()) {
            json.readTree(checker.validate(
                            new java.io.ByteArrayInputStream(page.getValue().getBytes(StandardCharsets.UTF_8))))
                    .get("messages")
                    .valueStream()
                    .filter(m -> !m.path("type").asString().equals("info"))
                    .forEach(m -> problems.add(
                            page.getKey() + ": " + m.path("message").asString()));
            Document doc = Jsoup.parse(page.getValue());
            assertThat(doc.select("h1")).as(page.getKey()).hasSize(1);
            int previous = 0;
            for (var heading : doc.body().select("h1, h2, h3, h4")) {
                int level = heading.tagName().charAt(1) - '0';
                assertThat(level).as(page.getKey() + " " + heading.text()).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
        }
        assertThat(problems).isEmpty();
    }
}
