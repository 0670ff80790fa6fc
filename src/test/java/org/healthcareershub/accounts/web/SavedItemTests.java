package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.trainings.TrainingCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Save buttons on trainings and employers: with htmx and without, signed in or not, and only one's own. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class SavedItemTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingCatalog trainings;

    @Autowired
    EmployerDirectory employers;

    @Autowired
    JdbcTemplate jdbc;

    long training(int index) {
        return trainings.published().get(index).id();
    }

    MvcTestResult post(SignedInAccount me, String kind, Object key, String action, String returnTo, boolean htmx) {
        var request = mvc.post()
                .uri("/account/saved")
                .with(user(me))
                .with(csrf())
                .param("kind", kind)
                .param("key", key.toString())
                .param("action", action)
                .param("returnTo", returnTo);
        if (htmx) {
            request = request.header("HX-Request", "true");
        }
        return request.exchange();
    }

    int saved(SignedInAccount me, String kind, Object key) {
        return jdbc.queryForObject(
                "select count(*) from saved_item where account_id = ? and kind = ? and item_key = ?",
                Integer.class,
                me.id(),
                kind,
                key.toString());
    }

    static Document page(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void savesWithoutJavaScriptAndGoesBackToThePage() throws Exception {
        SignedInAccount me = accounts.seeker("Ana");
        long id = training(0);

        MvcTestResult result = post(me, "training", id, "save", "/trainings?q=care&near=12207", false);

        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/trainings?q=care&near=12207#save-training-" + id);
        assertThat(saved(me, "TRAINING", id)).isEqualTo(1);
        Document show = page(mvc.get().uri("/trainings/" + id).with(user(me)).exchange());
        assertThat(show.select("#save-training-" + id).text()).startsWith("Remove from saved");
        Document home = page(mvc.get().uri("/account").with(user(me)).exchange());
        assertThat(home.select("#saved-trainings-h + ul a").first().attr("href"))
                .isEqualTo("/trainings/" + id);
    }

    @Test
    void savingTwiceKeepsOne() {
        SignedInAccount me = accounts.seeker("Ben");
        post(me, "training", training(1), "save", "/trainings", false);
        post(me, "training", training(1), "save", "/trainings", false);
        assertThat(saved(me, "TRAINING", training(1))).isEqualTo(1);
    }

    @Test
    void htmxGetsTheButtonAloneInItsNewState() throws Exception {
        SignedInAccount me = accounts.seeker("Cy");
        String slug = employers.publicSlugs().get(0);

        MvcTestResult saved = post(me, "employer", slug, "save", "/employers?near=12207", true);
        assertThat(saved).hasStatusOk();
        String body = saved.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("<html").doesNotContain("<main");
        Document button = Jsoup.parse(body);
        assertThat(button.select("form.save button").text()).startsWith("Remove from saved");
        assertThat(button.select("input[name=action]").val()).isEqualTo("remove");
        assertThat(button.select("input[name=returnTo]").val()).isEqualTo("/employers?near=12207");
        assertThat(button.select("input[name=_csrf]")).isNotEmpty();
        assertThat(saved(me, "EMPLOYER", slug)).isEqualTo(1);

        MvcTestResult removed = post(me, "employer", slug, "remove", "/employers", true);
        assertThat(page(removed).select("form.save button").text()).startsWith("Save");
        assertThat(saved(me, "EMPLOYER", slug)).isZero();
    }

    @Test
    void listPagesShowTheButtonInTheRightState() throws Exception {
        SignedInAccount me = accounts.seeker("Dee");
        // an employer the list shows: other tests add organizations, and the list sorts names its own way
        String slug = page(mvc.get().uri("/employers").with(user(me)).exchange())
                .select("[id^=save-employer-]")
                .get(1)
                .id()
                .substring("save-employer-".length());
        post(me, "employer", slug, "save", "/employers", false);

        Document list = page(mvc.get().uri("/employers").with(user(me)).exchange());
        assertThat(list.select("#save-employer-" + slug).text()).startsWith("Remove from saved");
        assertThat(list.select("form.save[data-hx-post=/account/saved]")).isNotEmpty();
        Document trainingList = page(mvc.get().uri("/trainings").with(user(me)).exchange());
        assertThat(trainingList.select("form.save button").first().text()).startsWith("Save");
    }

    @Test
    void anonymousVisitorsAreAskedToSignInAndComeBack() throws Exception {
        long id = training(0);
        Document show = page(mvc.get().uri("/trainings/" + id).exchange());
        assertThat(show.select("form.save")).isEmpty();
        String href = show.select("a.save").attr("href");
        assertThat(href).isEqualTo("/account/save?returnTo=/trainings/" + id);

        assertThat(mvc.get().uri(href).exchange())
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .contains("/sign-in");
        SignedInAccount me = accounts.seeker("Eve");
        assertThat(mvc.get().uri(href).with(user(me)).exchange())
                .redirectedUrl()
                .isEqualTo("/trainings/" + id);
    }

    @Test
    void oneSeekerCannotSeeOrRemoveAnothersItems() throws Exception {
        SignedInAccount owner = accounts.seeker("Owner");
        SignedInAccount other = accounts.seeker("Other");
        long id = training(2);
        post(owner, "training", id, "save", "/account", false);

        post(other, "training", id, "remove", "/account", false);

        assertThat(saved(owner, "TRAINING", id)).isEqualTo(1);
        Document otherHome = page(mvc.get().uri("/account").with(user(other)).exchange());
        assertThat(otherHome.select("#saved-trainings-h + ul")).isEmpty();
        Document otherShow =
                page(mvc.get().uri("/trainings/" + id).with(user(other)).exchange());
        assertThat(otherShow.select("#save-training-" + id).text()).startsWith("Save");
    }

    @Test
    void onlyReturnsToPagesOfThisSite() {
        SignedInAccount me = accounts.seeker("Flo");
        long id = training(0);
        for (String foreign :
                new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:x"}) {
            assertThat(post(me, "training", id, "save", foreign, false)
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/account#save-training-" + id);
        }
        assertThat(mvc.get()
                        .uri("/account/save")
                        .param("returnTo", "//evil.example")
                        .with(user(me))
                        .exchange())
                .redirectedUrl()
                .isEqualTo("/account");
    }

    @Test
    void refusesUnknownKindsAndItems() {
        SignedInAccount me = accounts.seeker("Gus");
        assertThat(post(me, "career", 1, "save", "/", false)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(post(me, "job", "x1", "save", "/", false)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(post(me, "job", 987654321, "save", "/", false)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(me, "training", "12abc", "save", "/", false)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(post(me, "training", 987654321, "save", "/", false)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(me, "employer", "no-such-employer", "save", "/", false)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(saved(me, "TRAINING", 987654321)).isZero();
    }

    @Test
    void refusesAPostWithoutTheCsrfToken() {
        SignedInAccount me = accounts.seeker("Hal");
        long id = training(0);
        MvcTestResult result = mvc.post()
                .uri("/account/saved")
                .with(user(me))
                .param("kind", "training")
                .param("key", Long.toString(id))
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(saved(me, "TRAINING", id)).isZero();
    }
}
