package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.employers.EmployerRegistration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Colleagues: inviting by email (GreenMail receives it), joining by the link, and removing a colleague. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@AutoConfigureMockMvc
@Tag("db")
class ColleagueTests {

    static final Pattern LINK = Pattern.compile("https?://\\S+/join\\?token=([A-Za-z0-9_-]+)");
    static final String PASSWORD = "maple harbor lantern";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    EmployerRegistration registration;

    @Autowired
    JdbcTemplate jdbc;

    long employerId;
    String organization;
    Account inviter;

    @BeforeEach
    void organization() {
        organization = "Colleague Org " + UUID.randomUUID();
        employerId = registration.registerPending(organization, null, "org@example.net");
        inviter = testAccounts.create(Role.EMPLOYER, "Ivy Inviter", true, employerId, "en");
    }

    static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    RequestPostProcessor as(Account account) {
        return user(accounts.findById(account.getId()).orElseThrow().signedIn());
    }

    MvcTestResult invite(Account who, String email) {
        return mvc.post()
                .uri("/employer/colleagues/invitations")
                .with(as(who))
                .with(csrf())
                .param("email", email)
                .exchange();
    }

    /** The token of the newest invitation mailed to {@code email}, waiting up to 20 s for it. */
    String invitationTo(String email) throws Exception {
        return invitationTo(email, "Ivy Inviter");
    }

    String invitationTo(String email, String inviterName) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Optional<MimeMessage> message = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> recipients(m).contains(email) && subject(m).contains("invitation"))
                    .reduce((first, second) -> second);
            if (message.isPresent()) {
                String body = GreenMailUtil.getBody(message.get())
                        .replace("=\r\n", "")
                        .replace("=3D", "=");
                Matcher link = LINK.matcher(body);
                assertThat(link.find()).as(body).isTrue();
                assertThat(body).contains(organization, inviterName);
                return link.group(1);
            }
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No invitation reached " + email);
    }

    static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    int audits(String action) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where action = ? and subject = ?",
                Integer.class,
                action,
                "employer:" + employerId);
    }

    @Test
    void aNewPersonJoinsByTheLinkOnceAndGetsAnEmployerAccountOfTheOrganization() throws Exception {
        String email = address("newcomer");
        assertThat(invite(inviter, email)).hasRedirectedUrl("/employer/colleagues");
        Document list =
                html(mvc.get().uri("/employer/colleagues").with(as(inviter)).exchange());
        assertThat(list.select("#invitations").text()).contains(email);
        String token = invitationTo(email);

        MvcTestResult page = mvc.get().uri("/join").param("token", token).exchange();
        assertThat(page).hasStatusOk();
        assertThat(html(page).select(".lead").text()).contains(organization, email);

        MvcTestResult weak = mvc.post()
                .uri("/join")
                .with(csrf())
                .param("token", token)
                .param("name", "Nia Newcomer")
                .param("password", "short")
                .exchange();
        assertThat(weak).hasStatus(422);
        assertThat(html(weak).select("#password-error").text()).isNotBlank();
        assertThat(html(weak).select("#name").val()).isEqualTo("Nia Newcomer");
        assertThat(accounts.findByEmail(email)).isEmpty();

        assertThat(mvc.post()
                        .uri("/join")
                        .with(csrf())
                        .param("token", token)
                        .param("name", "Nia Newcomer")
                        .param("password", PASSWORD)
                        .exchange())
                .hasRedirectedUrl("/sign-in?joined");
        Account joined = accounts.findByEmail(email).orElseThrow();
        assertThat(joined.getRole()).isEqualTo(Role.EMPLOYER);
        assertThat(joined.getEmployerId()).isEqualTo(employerId);
        assertThat(joined.isVerified()).isTrue();
        assertThat(audits("employer.colleague.joined")).isEqualTo(1);

        MvcTestResult again = mvc.get().uri("/join").param("token", token).exchange();
        assertThat(again).hasStatus(400);
        assertThat(html(again).text()).contains("already used");
        Document members =
                html(mvc.get().uri("/employer/colleagues").with(as(inviter)).exchange());
        assertThat(members.select("#members").text()).contains("Nia Newcomer", email);
        assertThat(members.select("#invitations")).isEmpty();
    }

    @Test
    void aSeekersAddressIsInvitedLikeAnyOtherButItsAccountStaysTheSeekers() throws Exception {
        Account seeker = testAccounts.create(Role.SEEKER, "Sam Seeker", true, null, "en");
        // the inviter learns nothing about the address
        assertThat(invite(inviter, seeker.getEmail())).hasRedirectedUrl("/employer/colleagues");
        String token = invitationTo(seeker.getEmail());
        MvcTestResult page =
                mvc.get().uri("/join").param("token", token).with(as(seeker)).exchange();
        assertThat(page).hasStatusOk();
        assertThat(html(page).text()).contains("job seeker", "work address");
        assertThat(html(page).select("form"))
                .filteredOn(f -> f.attr("action").startsWith("/join"))
                .isEmpty();

        mvc.post()
                .uri("/join/account")
                .with(as(seeker))
                .with(csrf())
                .param("token", token)
                .exchange();
        mvc.post()
                .uri("/join")
                .with(csrf())
                .param("token", token)
                .param("name", "Taken Over")
                .param("password", PASSWORD)
                .exchange();
        Account still = accounts.findById(seeker.getId()).orElseThrow();
        assertThat(still.getRole()).isEqualTo(Role.SEEKER);
        assertThat(still.getEmployerId()).isNull();
        assertThat(still.getDisplayName()).isEqualTo("Sam Seeker");
    }

    @Test
    void aColleagueRemovesAnotherWhoIsToldAndCanBeInvitedBackButNobodyRemovesThemselves() throws Exception {
        Account colleague = testAccounts.create(Role.EMPLOYER, "Cal Colleague", true, employerId, "en");
        jdbc.update("update employer set contact_email = ? where id = ?", colleague.getEmail(), employerId);

        assertThat(mvc.post()
                        .uri("/employer/colleagues/" + inviter.getId() + "/remove")
                        .with(as(inviter))
                        .with(csrf())
                        .exchange())
                .hasRedirectedUrl("/employer/colleagues")
                .flash()
                .containsEntry("notice", "colleagues.removal.YOURSELF");
        assertThat(accounts.findById(inviter.getId()).orElseThrow().getEmployerId())
                .isEqualTo(employerId);

        Document list =
                html(mvc.get().uri("/employer/colleagues").with(as(inviter)).exchange());
        assertThat(list.select("#member-" + inviter.getId() + " form")).isEmpty();
        assertThat(list.select("#member-" + colleague.getId() + " form button").attr("aria-label"))
                .isEqualTo("Remove Cal Colleague from your organization");

        assertThat(mvc.post()
                        .uri("/employer/colleagues/" + colleague.getId() + "/remove")
                        .with(as(inviter))
                        .with(csrf())
                        .exchange())
                .flash()
                .containsEntry("notice", "colleagues.removal.REMOVED");
        Account removed = accounts.findById(colleague.getId()).orElseThrow();
        assertThat(removed.getEmployerId()).isNull();
        assertThat(removed.getRole()).isEqualTo(Role.EMPLOYER);
        assertThat(audits("employer.colleague.removed")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select contact_email from employer where id = ?", String.class, employerId))
                .isEqualTo(inviter.getEmail());
        MvcTestResult home = mvc.get().uri("/employer").with(as(removed)).exchange();
        assertThat(home).hasStatusOk();
        assertThat(html(home).select("#standing").text()).contains("not part of an organization");
        assertThat(mvc.get().uri("/employer/colleagues").with(as(removed)).exchange())
                .hasRedirectedUrl("/employer");

        greenMail.waitForIncomingEmail(20_000, 1);
        assertThat(Arrays.stream(greenMail.getReceivedMessages())
                        .filter(m -> recipients(m).contains(removed.getEmail()))
                        .map(ColleagueTests::subject))
                .anyMatch(subject -> subject.contains("removed from an organization"));

        // invited back, the removed account joins once it is signed in as the invited address
        invite(inviter, removed.getEmail());
        String token = invitationTo(removed.getEmail());
        MvcTestResult anonymous = mvc.get().uri("/join").param("token", token).exchange();
        assertThat(html(anonymous).text()).contains("Sign in as " + removed.getEmail());
        assertThat(mvc.post()
                        .uri("/join/account")
                        .with(as(inviter))
                        .with(csrf())
                        .param("token", token)
                        .exchange())
                .hasStatusOk();
        assertThat(accounts.findById(colleague.getId()).orElseThrow().getEmployerId())
                .isNull();
        assertThat(mvc.post()
                        .uri("/join/account")
                        .with(as(removed))
                        .with(csrf())
                        .param("token", token)
                        .exchange())
                .hasRedirectedUrl("/employer");
        assertThat(accounts.findById(colleague.getId()).orElseThrow().getEmployerId())
                .isEqualTo(employerId);
        assertThat(audits("employer.colleague.joined")).isEqualTo(1);
    }

    @Test
    void aBadOrKnownAddressIsExplainedNextToTheFieldAndAnExpiredLinkSaysSo() throws Exception {
        MvcTestResult bad = invite(inviter, "not an address");
        assertThat(bad).hasStatus(422);
        assertThat(html(bad).select("#email-error").text()).isNotBlank();
        assertThat(html(bad).select("#email").val()).isEqualTo("not an address");

        Account colleague = testAccounts.create(Role.EMPLOYER, "Cai Colleague", true, employerId, "en");
        MvcTestResult member = invite(inviter, colleague.getEmail().toUpperCase());
        assertThat(member).hasStatus(422);
        assertThat(html(member).select("#email-error").text()).contains("already part of your organization");

        Account unconfirmed = testAccounts.create(Role.EMPLOYER, "Una Unconfirmed", false, employerId, "en");
        MvcTestResult refused = invite(unconfirmed, address("someone"));
        assertThat(refused).hasStatus(422);
        assertThat(html(refused).select("#email-error").text()).contains("Confirm your own email address first");

        String email = address("late");
        invite(inviter, email);
        String token = invitationTo(email);
        jdbc.update("update colleague_invitation set expires_at = created_at where email = ?", email);
        MvcTestResult expired = mvc.get().uri("/join").param("token", token).exchange();
        assertThat(expired).hasStatus(400);
        assertThat(html(expired).text()).contains("expired", "new invitation");
        assertThat(mvc.get().uri("/join").param("token", "nonsense").exchange()).hasStatus(400);
    }

    @Test
    void aWithdrawnInvitationStopsWorking() throws Exception {
        String email = address("withdrawn");
        invite(inviter, email);
        String token = invitationTo(email);
        long id = jdbc.queryForObject("select id from colleague_invitation where email = ?", Long.class, email);
        assertThat(mvc.post()
                        .uri("/employer/colleagues/invitations/" + id + "/cancel")
                        .with(as(inviter))
                        .with(csrf())
                        .exchange())
                .flash()
                .containsEntry("notice", "colleagues.cancelled");
        assertThat(mvc.get().uri("/join").param("token", token).exchange()).hasStatus(400);
    }

    MvcTestResult joinAsNewPerson(String token) {
        return mvc.post()
                .uri("/join")
                .with(csrf())
                .param("token", token)
                .param("name", "Back Door")
                .param("password", PASSWORD)
                .exchange();
    }

    @Test
    void aRemovedColleaguesInvitationsStopWorkingSoTheyCannotLetThemselvesBackIn() throws Exception {
        Account leaver = testAccounts.create(Role.EMPLOYER, "Lee Leaver", true, employerId, "en");
        String spare = address("spare");
        invite(leaver, spare);
        String token = invitationTo(spare, "Lee Leaver");

        mvc.post()
                .uri("/employer/colleagues/" + leaver.getId() + "/remove")
                .with(as(inviter))
                .with(csrf())
                .exchange();
        assertThat(jdbc.queryForObject(
                        "select count(*) from colleague_invitation where email = ? and used_at is null",
                        Integer.class,
                        spare))
                .isZero();

        MvcTestResult page = mvc.get().uri("/join").param("token", token).exchange();
        assertThat(page).hasStatus(400);
        assertThat(joinAsNewPerson(token)).hasStatus(400);
        assertThat(accounts.findByEmail(spare)).isEmpty();
        assertThat(audits("employer.colleague.joined")).isZero();
    }

    @Test
    void anInvitationWhoseInviterLeftOrWhoseOrganizationIsSuspendedIsRefusedWithAClearPage() throws Exception {
        Account leaver = testAccounts.create(Role.EMPLOYER, "Lou Leaver", true, employerId, "en");
        String spare = address("spare");
        invite(leaver, spare);
        String token = invitationTo(spare, "Lou Leaver");
        // taken out of the organization some other way than by a colleague, so the invitation is still open
        jdbc.update("update account set employer_id = null where id = ?", leaver.getId());

        MvcTestResult page = mvc.get().uri("/join").param("token", token).exchange();
        assertThat(page).hasStatus(400);
        assertThat(html(page).text()).contains("no longer works", "new invitation");
        assertThat(html(page).select("form"))
                .filteredOn(f -> f.attr("action").startsWith("/join"))
                .isEmpty();
        assertThat(joinAsNewPerson(token)).hasStatus(400);
        assertThat(accounts.findByEmail(spare)).isEmpty();

        Account removed = testAccounts.create(Role.EMPLOYER, "Rae Removed", true, null, "en");
        invite(inviter, removed.getEmail());
        String suspendedToken = invitationTo(removed.getEmail());
        registration.suspend(employerId);
        assertThat(mvc.get().uri("/join").param("token", suspendedToken).exchange())
                .hasStatus(400);
        assertThat(mvc.post()
                        .uri("/join/account")
                        .with(as(removed))
                        .with(csrf())
                        .param("token", suspendedToken)
                        .exchange())
                .hasStatus(400);
        assertThat(accounts.findById(removed.getId()).orElseThrow().getEmployerId())
                .isNull();
        assertThat(audits("employer.colleague.joined")).isZero();
    }

    @Test
    void aNameWithAControlCharacterIsRefusedNextToTheFieldWhileThePasswordTakesAnyTextButNul() throws Exception {
        String email = address("plain");
        invite(inviter, email);
        String token = invitationTo(email);

        MvcTestResult broken = mvc.post()
                .uri("/join")
                .with(csrf())
                .param("token", token)
                .param("name", "Nia\u202Eretsaw")
                .param("password", PASSWORD)
                .exchange();
        assertThat(broken).hasStatus(422);
        assertThat(html(broken).select("#name-error").text()).isNotBlank();
        MvcTestResult nul = mvc.post()
                .uri("/join")
                .with(csrf())
                .param("token", token)
                .param("name", "Nia Newcomer")
                .param("password", PASSWORD + "\u0000")
                .exchange();
        assertThat(nul).hasStatus(422);
        assertThat(html(nul).select("#password-error").text()).isNotBlank();
        assertThat(accounts.findByEmail(email)).isEmpty();

        assertThat(mvc.post()
                        .uri("/join")
                        .with(csrf())
                        .param("token", token)
                        .param("name", "Nia Newcomer")
                        .param("password", PASSWORD + "\t!")
                        .exchange())
                .hasRedirectedUrl("/sign-in?joined");
        assertThat(accounts.findByEmail(email)).isPresent();
    }
}
