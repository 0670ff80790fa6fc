package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.TestAccounts;
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

@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class ProfileTests {

    static final String CAREER = "care-coordination-and-care-management";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    static Document page(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void savesTheProfileAndShowsItOnTheAccountPage() throws Exception {
        SignedInAccount me = accounts.seeker("Ana");
        MvcTestResult result = mvc.post()
                .uri("/account/profile")
                .with(user(me))
                .with(csrf())
                .param("name", "Ana María")
                .param("zip", "12207")
                .param("education", "ASSOCIATE")
                .param("license", "LPN", "RN")
                .param("years", "3")
                .param("career", CAREER)
                .param("language", "es")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account");
        assertThat(jdbc.queryForObject(
                        "select display_name || '|' || preferred_language from account where id = ?",
                        String.class,
                        me.id()))
                .isEqualTo("Ana María|es");
        assertThat(jdbc.queryForList(
                        "select license_code from seeker_license where account_id = ? order by license_code",
                        String.class,
                        me.id()))
                .containsExactly("LPN", "RN");
        Document home = page(mvc.get().uri("/account").with(user(me)).exchange());
        assertThat(home.select("#profile-h + dl").text())
                .contains("12207", "An associate degree", "Registered nurse (RN)", "Care Coordination");
        Document form = page(mvc.get().uri("/account/profile").with(user(me)).exchange());
        assertThat(form.select("#zip").val()).isEqualTo("12207");
        assertThat(form.select("#license-LPN").hasAttr("checked")).isTrue();
        assertThat(form.select("#license-LMSW").hasAttr("checked")).isFalse();
        assertThat(form.select("#language-es").hasAttr("checked")).isTrue();
    }

    @Test
    void aNameWithATabOrATextDirectionOverrideIsRefusedAndNotSaved() throws Exception {
        SignedInAccount me = accounts.seeker("Tabless");
        for (String name : new String[] {"Ana\tMaría", "\u202EAna"}) {
            MvcTestResult result = mvc.post()
                    .uri("/account/profile")
                    .with(user(me))
                    .with(csrf())
                    .param("name", name)
                    .param("language", "en")
                    .exchange();

            assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(page(result).select("#name-error").text()).contains("cannot be used");
        }
        assertThat(jdbc.queryForObject("select display_name from account where id = ?", String.class, me.id()))
                .isEqualTo("Tabless");
    }

    @Test
    void badInputComesBackKeptWithMessagesAndASummary() throws Exception {
        SignedInAccount me = accounts.seeker("Ben");
        MvcTestResult result = mvc.post()
                .uri("/account/profile")
                .with(user(me))
                .with(csrf())
                .param("name", "")
                .param("zip", "12ab")
                .param("education", "PHD")
                .param("years", "many")
                .param("career", CAREER)
                .param("language", "en")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = page(result);
        assertThat(page.select("#zip").val()).isEqualTo("12ab");
        assertThat(page.select("#years").val()).isEqualTo("many");
        assertThat(page.select("#zip-error").text()).contains("5 digits");
        assertThat(page.select("#years-error").text()).contains("0 to 60");
        assertThat(page.select("#name-error").text()).isEqualTo("Enter your name");
        assertThat(page.select("#education-error").text()).isNotBlank();
        assertThat(page.select("#zip").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#error-summary li a").eachAttr("href"))
                .containsExactly("#name", "#zip", "#education", "#years");
        assertThat(page.select("input[name=career][checked]").val()).isEqualTo(CAREER);
        assertThat(jdbc.queryForObject(
                        "select count(*) from seeker_profile where account_id = ?", Integer.class, me.id()))
                .isZero();
    }

    @Test
    void refusesChoicesThatAreNotOffered() throws Exception {
        SignedInAccount me = accounts.seeker("Cy");
        MvcTestResult result = mvc.post()
                .uri("/account/profile")
                .with(user(me))
                .with(csrf())
                .param("name", "Cy")
                .param("license", "MD")
                .param("career", "astronaut")
                .param("language", "fr")
                .exchange();
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(page(result).select("#error-summary li a").eachAttr("href"))
                .containsExactly("#license", "#career", "#language");
    }

    @Test
    void refusesAPostWithoutTheCsrfToken() {
        SignedInAccount me = accounts.seeker("Dee");
        assertThat(mvc.post()
                        .uri("/account/profile")
                        .with(user(me))
                        .param("name", "Changed")
                        .param("language", "en")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select display_name from account where id = ?", String.class, me.id()))
                .isEqualTo("Dee");
    }

    @Test
    void theTrainingGuideStartsFromTheProfile() throws Exception {
        SignedInAccount me = accounts.seeker("Eve");
        mvc.post()
                .uri("/account/profile")
                .with(user(me))
                .with(csrf())
                .param("name", "Eve")
                .param("zip", "12207")
                .param("education", "HIGH_SCHOOL")
                .param("license", "LPN")
                .param("years", "2")
                .param("career", CAREER)
                .param("language", "en")
                .exchange();

        Document guide = page(mvc.get().uri("/trainings/guide").with(user(me)).exchange());

        assertThat(guide.select(".guide-form .notice a").attr("href")).isEqualTo("/account/profile");
        assertThat(guide.select("#career option[selected]").val()).isEqualTo(CAREER);
        assertThat(guide.select("#education option[selected]").val()).isEqualTo("HIGH_SCHOOL");
        assertThat(guide.select("#license-LPN").hasAttr("checked")).isTrue();
        assertThat(guide.select("#years").val()).isEqualTo("2");
        assertThat(guide.select("#near").val()).isEqualTo("12207");
        Document anonymous = page(mvc.get().uri("/trainings/guide").exchange());
        assertThat(anonymous.select(".guide-form .notice")).isEmpty();
        assertThat(anonymous.select("#near").val()).isEmpty();
        Document empty = page(mvc.get()
                .uri("/trainings/guide")
                .with(user(accounts.seeker("Flo")))
                .exchange());
        assertThat(empty.select(".guide-form .notice")).isEmpty();
    }

    @Test
    void theAccountPageNeedsASignedInAccount() {
        assertThat(mvc.get().uri("/account/profile").exchange()).hasStatus(HttpStatus.FOUND);
    }
}
