package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.AccountDeletion;
import org.healthcareershub.accounts.domain.ProfileSettings;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;
import org.healthcareershub.jobs.CloseReason;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.TestPostings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Expressing interest in an opening through the pages, end to end with GreenMail: who may, the form
 * (422 with what was typed kept), the seeker's /account list with withdrawing, the organization's portal
 * page moving it, the mails on both sides and the seeker's opt-out, saved openings, export and deletion.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3961"})
@AutoConfigureMockMvc
@Tag("db")
class InterestTests {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(3961, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProfileSettings profiles;

    @Autowired
    JobEditor editor;

    @Autowired
    AccountDeletion deletion;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    TestPostings.Org org() {
        return TestPostings.albany(jdbc);
    }

    long posting(TestPostings.Org org, String title) {
        JobEditor.Saved saved =
                editor.createDraft(org.id(), TestPostings.input(org, clock, title, "24", "28", "HOUR", 30));
        assertThat(saved.errors().asMap()).isEmpty();
        editor.publish(org.id(), saved.id());
        return saved.id();
    }

    SignedInAccount seeker(String name, String language) {
        SignedInAccount me =
                accounts.create(Role.SEEKER, name, true, null, language).signedIn();
        profiles.save(
                me.id(),
                new ProfileSettings.Profile(
                        name,
                        "12207",
                        EducationLevel.ASSOCIATE,
                        Set.of(License.LPN),
                        3,
                        Set.of(TestPostings.CAREER),
                        language));
        return me;
    }

    SignedInAccount employerOf(TestPostings.Org org) {
        return accounts.create(Role.EMPLOYER, "Hiring Manager", true, org.id(), "en")
                .signedIn();
    }

    MvcTestResult express(SignedInAccount me, long posting, String note, String... share) {
        var request = mvc.post()
                .uri("/account/jobs/" + posting + "/interest")
                .with(user(me))
                .with(csrf())
                .param("note", note);
        for (String field : share) {
            request = request.param("share", field);
        }
        return request.exchange();
    }

    long interestId(SignedInAccount me, long posting) {
        return jdbc.queryForObject(
                "select id from job_interest where account_id = ? and posting_id = ?", Long.class, me.id(), posting);
    }

    MvcTestResult move(SignedInAccount employer, long interest, String stage) {
        return mvc.post()
                .uri("/employer/interest/" + interest + "/stage")
                .with(user(employer))
                .with(csrf())
                .param("stage", stage)
                .exchange();
    }

    int outbox(String address) {
        return jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ?", Integer.class, address);
    }

    static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    Document get(String path, SignedInAccount who) throws Exception {
        MvcTestResult result = mvc.get().uri(path).with(user(who)).exchange();
        assertThat(result).hasStatusOk();
        return html(result);
    }

    static MimeMessage mailTo(String address, String subjectPart) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            var found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> recipients(m).contains(address) && subject(m).contains(subjectPart))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + address + " about " + subjectPart + " within 20 s");
    }

    static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    @Test
    void aSeekerSharesOnlyWhatTheyTickAndSeesItOnTheirAccountPage() throws Exception {
        TestPostings.Org org = org();
        long posting = posting(org, "Osprey Care Coordinator");
        SignedInAccount me = seeker("Ana Osprey", "en");

        Document job = html(mvc.get().uri("/jobs/" + posting).with(user(me)).exchange());
        assertThat(job.select("a#express-interest").attr("href")).isEqualTo("/account/jobs/" + posting + "/interest");

        Document form = get("/account/jobs/" + posting + "/interest", me);
        assertThat(form.select("#interest-name").text()).isEqualTo("Ana Osprey");
        assertThat(form.select("#interest-email").text()).isEqualTo(me.email());
        assertThat(form.select("input[name=share]").eachAttr("value"))
                .containsExactly("zip", "education", "licenses", "years", "careers");
        assertThat(form.select("input[name=share][checked]")).isEmpty();
        assertThat(form.select("label[for=share-zip]").text()).isEqualTo("ZIP code: 12207");
        assertThat(form.select("textarea#note").attr("maxlength")).isEqualTo("1000");

        MvcTestResult sent = express(me, posting, "Evenings work best.", "zip", "licenses");

        long id = interestId(me, posting);
        assertThat(sent).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account#interest-" + id);
        var row = jdbc.queryForMap("select * from job_interest where id = ?", id);
        assertThat(row.get("seeker_name")).isEqualTo("Ana Osprey");
        assertThat(row.get("seeker_email")).isEqualTo(me.email());
        assertThat(row.get("shared_zip")).isEqualTo("12207");
        assertThat(row.get("shared_licenses")).isEqualTo("LPN");
        assertThat(row.get("shared_education")).isNull();
        assertThat(row.get("shared_years")).isNull();
        assertThat(row.get("shared_careers")).isNull();
        assertThat(row.get("stage")).isEqualTo("NEW");

        MimeMessage toOrganization = mailTo(org.email(), "Osprey Care Coordinator");
        assertThat(body(toOrganization))
                .contains("Ana Osprey", me.email(), "ZIP code: 12207", "Evenings work best.")
                .doesNotContain("associate degree");

        Document home = get("/account", me);
        assertThat(home.select("#interest-" + id + " h3 a").attr("href")).isEqualTo("/jobs/" + posting);
        assertThat(home.select("#interest-" + id + "-current").text()).isEqualTo("New");
        assertThat(home.select("#interest-" + id).text()).contains("12207", "Evenings work best.");
        assertThat(home.select("#interest-" + id + "-withdraw")).hasSize(1);

        // a second visit says it was sent and links to it; a second send stores nothing
        Document again = get("/account/jobs/" + posting + "/interest", me);
        assertThat(again.select("#interest-state").text()).contains("You expressed interest in this opening");
        assertThat(again.select("a#interest-existing").attr("href")).isEqualTo("/account#interest-" + id);
        assertThat(again.select("form#express-interest-form")).isEmpty();
        assertThat(express(me, posting, "Twice?", "zip"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/account/jobs/" + posting + "/interest");
        assertThat(jdbc.queryForObject(
                        "select count(*) from job_interest where account_id = ?", Integer.class, me.id()))
                .isOne();
    }

    @Test
    void aBadNoteIsRefusedWith422AndEverythingTypedIsKept() throws Exception {
        long posting = posting(org(), "Osprey Note Coordinator");
        SignedInAccount me = seeker("Ben Osprey", "en");
        String tooLong = "Line one\n" + "x".repeat(1000);

        MvcTestResult refused = express(me, posting, tooLong, "years");

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        Document page = html(refused);
        assertThat(page.select("#note-error").text()).isEqualTo("Keep your note to 1,000 characters or fewer.");
        assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#note");
        assertThat(page.select("textarea#note").first().wholeText()).isEqualTo(tooLong);
        assertThat(page.select("input#share-years").hasAttr("checked")).isTrue();
        assertThat(page.select("input#share-zip").hasAttr("checked")).isFalse();

        MvcTestResult control = express(me, posting, "Hi\u202Ethere", "zip");
        assertThat(control).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(html(control).select("#note-error").text()).contains("cannot be used");
        assertThat(jdbc.queryForObject(
                        "select count(*) from job_interest where posting_id = ?", Integer.class, posting))
                .isZero();
    }

    @Test
    void onlyASeekerWithAConfirmedAddressMayExpressInterest() throws Exception {
        TestPostings.Org org = org();
        long posting = posting(org, "Osprey Gate Coordinator");
        SignedInAccount employer = employerOf(org);
        SignedInAccount unverified =
                accounts.create(Role.SEEKER, "Cy Unverified", false, null, "en").signedIn();

        assertThat(get("/account/jobs/" + posting + "/interest", employer)
                        .select("#interest-state")
                        .text())
                .contains("Only job seekers");
        assertThat(express(employer, posting, "me too")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get("/account/jobs/" + posting + "/interest", unverified)
                        .select("#interest-state")
                        .text())
                .contains("confirm your email address");
        assertThat(express(unverified, posting, "please")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject(
                        "select count(*) from job_interest where posting_id = ?", Integer.class, posting))
                .isZero();

        MvcTestResult visitor =
                mvc.get().uri("/account/jobs/" + posting + "/interest").exchange();
        assertThat(visitor).hasStatus(HttpStatus.FOUND);
        assertThat(visitor.getResponse().getRedirectedUrl()).endsWith("/sign-in");

        editor.close(org.id(), posting, CloseReason.WITHDRAWN);
        SignedInAccount late = seeker("Dee Late", "en");
        assertThat(mvc.get()
                        .uri("/account/jobs/" + posting + "/interest")
                        .with(user(late))
                        .exchange())
                .satisfies(r -> assertThat(html(r).select("#interest-state").text())
                        .contains("does not take expressions of interest"));
        assertThat(express(late, posting, "still?")).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.queryForObject(
                        "select count(*) from job_interest where posting_id = ?", Integer.class, posting))
                .isZero();
        assertThat(mvc.get()
                        .uri("/account/jobs/987654321/interest")
                        .with(user(late))
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theOrganizationMovesInterestAndTheSeekerIsEmailedInTheirLanguageUnlessTheyTurnedItOff() throws Exception {
        TestPostings.Org org = org();
        TestPostings.Org other = org();
        long posting = posting(org, "Osprey Stage Coordinator");
        SignedInAccount employer = employerOf(org);
        SignedInAccount stranger = employerOf(other);
        SignedInAccount ana = seeker("Ana Etapa", "es");
        SignedInAccount ben = seeker("Ben Quiet", "en");
        express(ana, posting, "Hola", "education");
        express(ben, posting, "Hello", "zip");
        long anas = interestId(ana, posting);
        long bens = interestId(ben, posting);

        Document portal = get("/employer/interest", employer);
        assertThat(portal.select("#posting-" + posting + "-h").text()).isEqualTo("Osprey Stage Coordinator");
        assertThat(portal.select("#interest-" + anas + "-h").text()).isEqualTo("Ana Etapa");
        assertThat(portal.select("#interest-" + anas).text())
                .contains(ana.email(), "An associate degree", "Hola")
                .doesNotContain("12207");
        assertThat(portal.select("#interest-" + anas + "-current").text()).isEqualTo("New");
        assertThat(portal.select("select#interest-" + anas + "-stage option").eachAttr("value"))
                .containsExactly("REVIEWING", "INTERVIEW", "OFFER", "HIRED", "NOT_SELECTED");
        assertThat(get("/employer", employer).select("a[href=/employer/interest]"))
                .isNotEmpty();

        // another organization sees none of it and moves nothing
        assertThat(get("/employer/interest", stranger).text()).doesNotContain("Ana Etapa");
        assertThat(move(stranger, anas, "HIRED")).hasStatus(HttpStatus.NOT_FOUND);

        int anaMailBefore = outbox(ana.email());
        assertThat(move(employer, anas, "INTERVIEW"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/employer/interest#interest-" + anas);
        assertThat(jdbc.queryForObject("select stage from job_interest where id = ?", String.class, anas))
                .isEqualTo("INTERVIEW");
        assertThat(outbox(ana.email())).isEqualTo(anaMailBefore + 1);
        MimeMessage toAna = mailTo(ana.email(), "novedades");
        assertThat(body(toAna))
                .contains(
                        "Ana Etapa",
                        "Osprey Stage Coordinator",
                        "Entrevista",
                        "http://localhost:8080/account#interest");
        assertThat(get("/account", ana).select("#interest-" + anas + "-current").text())
                .isEqualTo("Interview");

        // Ben turns the mail off on /account: the move shows there, and no mail is even queued
        assertThat(get("/account", ben)
                        .select("#interest-mail input#interestMail")
                        .hasAttr("checked"))
                .isTrue();
        assertThat(mvc.post()
                        .uri("/account/interest/mail")
                        .with(user(ben))
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/account#interest");
        assertThat(get("/account", ben)
                        .select("#interest-mail input#interestMail")
                        .hasAttr("checked"))
                .isFalse();
        int benMailBefore = outbox(ben.email());
        assertThat(move(employer, bens, "NOT_SELECTED")).hasStatus(HttpStatus.FOUND);
        assertThat(outbox(ben.email())).isEqualTo(benMailBefore);
        assertThat(get("/account", ben).select("#interest-" + bens + "-current").text())
                .isEqualTo("Not selected");
        assertThat(get("/account", ben).select("#interest-" + bens + "-withdraw"))
                .isEmpty();

        // and turns it on again
        mvc.post()
                .uri("/account/interest/mail")
                .with(user(ben))
                .with(csrf())
                .param("interestMail", "true")
                .exchange();
        move(employer, bens, "OFFER");
        assertThat(outbox(ben.email())).isEqualTo(benMailBefore + 1);

        // a stage the list does not offer changes nothing
        move(employer, anas, "NEW");
        move(employer, anas, "WITHDRAWN");
        assertThat(jdbc.queryForObject("select stage from job_interest where id = ?", String.class, anas))
                .isEqualTo("INTERVIEW");
    }

    @Test
    void aSeekerWithdrawsAndTheOrganizationSeesItWithdrawn() throws Exception {
        TestPostings.Org org = org();
        long posting = posting(org, "Osprey Withdrawn Coordinator");
        SignedInAccount employer = employerOf(org);
        SignedInAccount me = seeker("Eve Leaving", "en");
        SignedInAccount someoneElse = seeker("Flo Other", "en");
        express(me, posting, "Call me after five, please.");
        long id = interestId(me, posting);
        assertThat(get("/employer/interest", employer).select("#interest-" + id).text())
                .contains("Call me after five");

        assertThat(mvc.post()
                        .uri("/account/interest/" + id + "/withdraw")
                        .with(user(someoneElse))
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/account/interest/" + id + "/withdraw")
                        .with(user(me))
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/account#interest-" + id);

        assertThat(get("/account", me).select("#interest-" + id + "-current").text())
                .isEqualTo("Withdrawn");
        Document portal = get("/employer/interest", employer);
        assertThat(portal.select("#interest-" + id + "-current").text()).isEqualTo("Withdrawn");
        assertThat(portal.select("#interest-" + id + " form")).isEmpty();
        // withdrawn, the note (and any profile detail shared) is forgotten; the name stays
        assertThat(portal.select("#interest-" + id).text())
                .contains("Eve Leaving")
                .doesNotContain("Call me after five");
        assertThat(jdbc.queryForObject("select note from job_interest where id = ?", String.class, id))
                .isNull();
        move(employer, id, "HIRED");
        assertThat(jdbc.queryForObject("select stage from job_interest where id = ?", String.class, id))
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void theInterestPageOfAPostingThatIsGoneAnswers410AndSaysItTakesNoInterest() throws Exception {
        TestPostings.Org org = org();
        long posting = posting(org, "Osprey Filled Coordinator");
        editor.close(org.id(), posting, CloseReason.FILLED);
        MvcTestResult page = mvc.get()
                .uri("/account/jobs/" + posting + "/interest")
                .with(user(seeker("Gil Late", "en")))
                .exchange();
        assertThat(page).hasStatus(HttpStatus.GONE);
        assertThat(Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .select("#interest-state")
                        .text())
                .contains("does not take expressions of interest");
    }

    @Test
    void aSavedOpeningIsListedWithWhatBecameOfIt() throws Exception {
        TestPostings.Org org = org();
        long posting = posting(org, "Osprey Saved Coordinator");
        SignedInAccount me = seeker("Gus Saver", "en");

        assertThat(mvc.post()
                        .uri("/account/saved")
                        .with(user(me))
                        .with(csrf())
                        .param("kind", "job")
                        .param("key", String.valueOf(posting))
                        .param("returnTo", "/jobs/" + posting)
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/jobs/" + posting + "#save-job-" + posting);
        assertThat(get("/jobs/" + posting, me).select("#save-job-" + posting).text())
                .startsWith("Remove from saved");
        Document home = get("/account", me);
        assertThat(home.select("#saved-jobs-h + ul a").attr("href")).isEqualTo("/jobs/" + posting);
        assertThat(home.select("#saved-jobs-h + ul").text()).contains("Osprey Saved Coordinator", "Testville");

        editor.close(org.id(), posting, CloseReason.FILLED);
        assertThat(get("/account", me).select("#saved-jobs-h + ul").text())
                .contains("Osprey Saved Coordinator", "This opening was filled.");
    }

    @Test
    void theExportHoldsTheInterestAndDeletingTheAccountRemovesIt() throws Exception {
        long posting = posting(org(), "Osprey Export Coordinator");
        SignedInAccount me = seeker("Hal Export", "en");
        SignedInAccount stays = seeker("Ida Stays", "en");
        express(me, posting, "My note", "zip", "careers");
        express(stays, posting, "Hers");

        String json = mvc.get()
                .uri("/account/export")
                .with(user(me))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(json, "$.interest[*].title"))
                .containsExactly("Osprey Export Coordinator");
        assertThat((List<String>) JsonPath.read(json, "$.interest[*].note")).containsExactly("My note");
        assertThat((List<String>) JsonPath.read(json, "$.interest[*].stage")).containsExactly("NEW");
        assertThat((List<String>) JsonPath.read(json, "$.interest[*].sharedProfile.zip"))
                .containsExactly("12207");
        assertThat((List<List<String>>) JsonPath.read(json, "$.interest[*].sharedProfile.careersOfInterest"))
                .containsExactly(List.of(TestPostings.CAREER));
        assertThat((Boolean) JsonPath.read(json, "$.account.interestMail")).isTrue();
        assertThat(json).doesNotContain("Hers");
        String aboutCount = "select count(*) from outgoing_mail where about_account_id = ?";
        assertThat(jdbc.queryForObject(aboutCount, Integer.class, me.id())).isOne();

        deletion.delete(me.id());

        // the organization's copy of what the seeker shared leaves the outbox with the account
        assertThat(jdbc.queryForObject(aboutCount, Integer.class, me.id())).isZero();
        assertThat(jdbc.queryForObject(aboutCount, Integer.class, stays.id())).isOne();

        assertThat(jdbc.queryForObject(
                        "select count(*) from job_interest where account_id = ?", Integer.class, me.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from job_interest where account_id = ?", Integer.class, stays.id()))
                .isOne();
    }
}
