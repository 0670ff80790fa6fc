package org.healthcareershub.jobs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.jobs.JobBoard;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.JobHit;
import org.healthcareershub.jobs.JobSearch;
import org.healthcareershub.jobs.JobView;
import org.healthcareershub.jobs.TestPostings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A posting keeps a copy of its site's address and point; when the organization changes the site in its
 * portal, its postings (published and drafts) show the new place, on their page and in search by distance.
 * A closed site's postings keep their copy.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class PostingSiteCopyTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JobEditor editor;

    @Autowired
    JobBoard board;

    @Autowired
    Geography geography;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    TestPostings.Org org;
    RequestPostProcessor employer;
    long published;
    long drafted;

    @BeforeEach
    void aPublishedPostingAndADraftAtTheAlbanySite() {
        org = TestPostings.albany(jdbc);
        employer = user(new TestAccounts(accounts, encoder)
                .create(Role.EMPLOYER, "Site Mover", true, org.id(), "en")
                .signedIn());
        published = editor.createDraft(
                        org.id(), TestPostings.input(org, clock, "Quoll Moving Coordinator", "24", "28", "HOUR", 30))
                .id();
        editor.publish(org.id(), published);
        drafted = editor.createDraft(
                        org.id(), TestPostings.input(org, clock, "Quoll Draft Coordinator", "24", "28", "HOUR", 30))
                .id();
    }

    List<Long> idsWithin(String zip, int miles) {
        GeoPoint near = geography.zip(zip).orElseThrow().point();
        return board
                .search(new JobSearch("Quoll", null, null, null, null, null, null, null, near, miles, null, 1, 100))
                .hits()
                .stream()
                .map(JobHit::id)
                .toList();
    }

    void moveTheSiteToBuffalo() {
        assertThat(mvc.post()
                        .uri("/employer/sites/" + org.siteId())
                        .with(employer)
                        .with(csrf())
                        .param("name", "Buffalo office")
                        .param("street", "10 Lafayette Square")
                        .param("city", "Buffalo")
                        .param("zip", "14202")
                        .exchange())
                .hasStatus(302)
                .hasRedirectedUrl("/employer/sites");
    }

    @Test
    void editingASitesAddressMovesItsPostingsOnTheirPageAndInSearchByDistance() throws Exception {
        assertThat(idsWithin("12207", 10)).contains(published);
        assertThat(idsWithin("14202", 10)).doesNotContain(published);

        moveTheSiteToBuffalo();

        Document page = Jsoup.parse(mvc.get()
                .uri("/jobs/" + published)
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.text())
                .contains("10 Lafayette Square", "Buffalo, NY 14202")
                .doesNotContain("Testville");
        assertThat(idsWithin("14202", 10)).contains(published);
        assertThat(idsWithin("12207", 10)).doesNotContain(published);

        JobView draft = editor.own(org.id(), drafted);
        assertThat(draft.city()).isEqualTo("Buffalo");
        assertThat(draft.siteName()).isEqualTo("Buffalo office");
        assertThat(draft.point().milesTo(geography.zip("14202").orElseThrow().point()))
                .isLessThan(5);
    }

    @Test
    void aClosedSitesPostingsKeepTheirCopyAndTheEditorSaysTheSiteIsClosed() throws Exception {
        moveTheSiteToBuffalo();
        assertThat(mvc.post()
                        .uri("/employer/sites/" + org.siteId() + "/close")
                        .with(employer)
                        .with(csrf())
                        .exchange())
                .hasStatus(302);

        JobView kept = board.view(published);
        assertThat(kept.city()).isEqualTo("Buffalo");
        assertThat(kept.zip()).isEqualTo("14202");
        assertThat(idsWithin("14202", 10)).contains(published);
        Document form = Jsoup.parse(mvc.get()
                .uri("/employer/jobs/" + published + "/edit")
                .with(employer)
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(form.select("#site-error").text()).contains("open sites");
    }

    @Test
    void anotherOrganizationsPostingsAreLeftAlone() {
        TestPostings.Org other = TestPostings.albany(jdbc);
        long theirs = editor.createDraft(
                        other.id(), TestPostings.input(other, clock, "Quoll Other Coordinator", "24", "28", "HOUR", 30))
                .id();

        moveTheSiteToBuffalo();

        assertThat(editor.own(other.id(), theirs).city()).isEqualTo("Testville");
    }
}
