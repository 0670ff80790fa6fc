package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.employers.ContactEmployer;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerRegistration;
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

/** Downloading one's data, deleting one's account, and the privacy page that explains both. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class MyDataTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TrainingCatalog trainings;

    @Autowired
    EmployerDirectory employers;

    @Autowired
    ContactEmployer contact;

    @Autowired
    EmployerRegistration organizations;

    @Autowired
    JdbcTemplate jdbc;

    /** A seeker with a profile, a saved training and a request sent to an employer (so mail in the outbox). */
    SignedInAccount busySeeker(String name, boolean verified, String address) {
        SignedInAccount me = accounts.create(Role.SEEKER, name, verified);
        assertThat(mvc.post()
                        .uri("/account/profile")
                        .with(user(me))
                        .with(csrf())
                        .param("name", name)
                        .param("zip", "12207")
                        .param("license", "RN")
                        .param("years", "4")
                        .param("language", "en")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post()
                        .uri("/account/saved")
                        .with(user(me))
                        .with(csrf())
                        .param("kind", "training")
                        .param("key", Long.toString(trainings.published().get(0).id()))
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        contact.contact(
                employers.publicSlugs().get(0),
                new ContactEmployer.Request(name, me.email(), "518-555-0100", null, "Do you hire care coordinators?"),
                true,
                address,
                Locale.ENGLISH);
        return me;
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    MvcTestResult delete(SignedInAccount me, String password) {
        return mvc.post()
                .uri("/account/delete")
                .with(user(me))
                .with(csrf())
                .param("password", password)
                .exchange();
    }

    @Test
    void exportsTheAccountProfileSavedItemsAndRequestsAsAJsonAttachment() throws Exception {
        SignedInAccount me = busySeeker("Ana Export", true, "10.7.0.1");

        MvcTestResult result = mvc.get().uri("/account/export").with(user(me)).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/json");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("my-data.json");
        String json = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(json, "$.account.email")).isEqualTo(me.email());
        assertThat((String) JsonPath.read(json, "$.account.name")).isEqualTo("Ana Export");
        assertThat((String) JsonPath.read(json, "$.profile.zip")).isEqualTo("12207");
        assertThat((List<String>) JsonPath.read(json, "$.profile.licenses")).containsExactly("RN");
        assertThat((Integer) JsonPath.read(json, "$.profile.yearsOfExperience")).isEqualTo(4);
        assertThat((List<String>) JsonPath.read(json, "$.savedItems[*].kind")).containsExactly("training");
        assertThat((List<String>) JsonPath.read(json, "$.contactRequests[*].message"))
                .containsExactly("Do you hire care coordinators?");
        assertThat(json).doesNotContain("password").doesNotContain("argon");
    }

    @Test
    void anUnconfirmedAddressDoesNotExportRequestsSentFromIt() throws Exception {
        SignedInAccount me = busySeeker("Ben Unconfirmed", false, "10.7.0.2");
        String json = mvc.get()
                .uri("/account/export")
                .with(user(me))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<?>) JsonPath.read(json, "$.contactRequests")).isEmpty();
    }

    @Test
    void deletingRemovesThePersonAndKeepsOnlyAnAnonymousCount() throws Exception {
        SignedInAccount me = busySeeker("Cy Delete", true, "10.7.0.3");
        SignedInAccount other = busySeeker("Dee Stays", true, "10.7.0.4");
        int deletedBefore = count("select count(*) from deleted_account where role = 'SEEKER'");
        assertThat(count("select count(*) from outgoing_mail where recipient = ?", me.email()))
                .isPositive();

        MvcTestResult result = delete(me, TestAccounts.PASSWORD);

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account-deleted");
        assertThat(count("select count(*) from account where id = ?", me.id())).isZero();
        assertThat(count("select count(*) from seeker_profile where account_id = ?", me.id()))
                .isZero();
        assertThat(count("select count(*) from seeker_license where account_id = ?", me.id()))
                .isZero();
        assertThat(count("select count(*) from saved_item where account_id = ?", me.id()))
                .isZero();
        assertThat(count("select count(*) from outgoing_mail where lower(recipient) = ?", me.email()))
                .isZero();
        assertThat(count("select count(*) from employer_contact_request where lower(email) = ?", me.email()))
                .isZero();
        assertThat(count("select count(*) from deleted_account where role = 'SEEKER'"))
                .isEqualTo(deletedBefore + 1);
        assertThat(count("select count(*) from account where id = ?", other.id()))
                .isOne();
        assertThat(count("select count(*) from saved_item where account_id = ?", other.id()))
                .isOne();
        assertThat(count("select count(*) from outgoing_mail where recipient = ?", other.email()))
                .isPositive();
        assertThat(count("select count(*) from employer_contact_request where email = ?", other.email()))
                .isOne();

        Document page = Jsoup.parse(
                mvc.get().uri("/account-deleted").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).isEqualTo("Your account is deleted");
        assertThat(mvc.get().uri("/account").with(user(me)).exchange()).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void deletingAnEmployerAccountHandsItsOrganizationsContactAddressToAConfirmedColleague() {
        long organization = organizations.registerPending("Deletion Clinic", null, null);
        Account leaving = accounts.create(Role.EMPLOYER, "Hal Leaving", true, organization, "en");
        accounts.create(Role.EMPLOYER, "Ida Unconfirmed", false, organization, "en");
        Account staying = accounts.create(Role.EMPLOYER, "Jo Staying", true, organization, "en");
        jdbc.update("update employer set contact_email = ? where id = ?", leaving.getEmail(), organization);

        assertThat(delete(leaving.signedIn(), TestAccounts.PASSWORD)).hasStatus(HttpStatus.FOUND);

        assertThat(count("select count(*) from account where id = ?", leaving.getId()))
                .isZero();
        assertThat(jdbc.queryForObject("select contact_email from employer where id = ?", String.class, organization))
                .isEqualTo(staying.getEmail());
    }

    @Test
    void aWrongPasswordKeepsTheAccountAndSaysSo() throws Exception {
        SignedInAccount me = accounts.seeker("Eve Wrong");
        MvcTestResult result = delete(me, "not my password at all");
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#password-error").text()).isEqualTo("That is not your password");
        assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#password");
        assertThat(count("select count(*) from account where id = ?", me.id())).isOne();
    }

    @Test
    void refusesADeletionWithoutTheCsrfToken() {
        SignedInAccount me = accounts.seeker("Flo Csrf");
        assertThat(mvc.post()
                        .uri("/account/delete")
                        .with(user(me))
                        .param("password", TestAccounts.PASSWORD)
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count("select count(*) from account where id = ?", me.id())).isOne();
    }

    @Test
    void staffAccountsAreNotDeletedHere() {
        SignedInAccount admin = accounts.create(Role.ADMIN, "Gus Staff", true);
        assertThat(delete(admin, TestAccounts.PASSWORD)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count("select count(*) from account where id = ?", admin.id()))
                .isOne();
    }

    @Autowired
    org.healthcareershub.web.Site site;

    @Test
    void thePrivacyPageExplainsInBothLanguages() throws Exception {
        Document english = Jsoup.parse(
                mvc.get().uri("/privacy").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(english.select("h2").eachText()).contains("What we store", "How long we keep it", "Your choices");
        assertThat(english.select("a[href=/account/delete]")).isNotEmpty();
        assertThat(english.select("#privacy-contact ~ p a[href^='mailto:']").eachAttr("href"))
                .containsExactly("mailto:" + site.privacyContact());
        assertThat(site.privacyContact()).contains("@");
        Document spanish = Jsoup.parse(
                mvc.get().uri("/privacy?lang=es").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(spanish.select("h1").text()).isEqualTo("Privacidad");
    }
}
