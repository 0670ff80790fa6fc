package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.accounts.domain.Colleagues;
import org.healthcareershub.employers.ContactEmployer;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.employers.domain.EmployerPortal;
import org.healthcareershub.employers.domain.PortalRules;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.jobs.JobBoard;
import org.healthcareershub.jobs.JobEditor;
import org.healthcareershub.jobs.TestPostings;
import org.healthcareershub.web.FieldErrors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Role × route × owner. The routes are read from the application's own handler mappings, so every
 * /admin/**, /account/** and /employer/** route that exists is covered, including ones added later:
 * anonymous visitors are sent to sign in, the wrong role gets 403, the right role gets the page. Ids in
 * paths belong to another employer, so an employer guessing ids sees nothing of theirs.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class AuthorizationMatrixTests {

    record Route(HttpMethod method, String pattern) {

        boolean hasVariables() {
            return pattern.contains("{");
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    EmployerRegistration registration;

    @Autowired
    EmployerPortal portal;

    @Autowired
    Colleagues colleagues;

    @Autowired
    Geography geography;

    @Autowired
    JobEditor jobs;

    @Autowired
    JobBoard board;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    org.healthcareershub.jobs.JobInterests interests;

    Map<Role, Account> signedIn;
    Account otherEmployer;
    String otherOrganization;

    Account create(Role role, Long employerId) {
        return new TestAccounts(accounts, encoder).create(role, "Matrix " + role, true, employerId, "en");
    }

    @BeforeEach
    void accounts() {
        long mine = registration.registerPending("Matrix Own Org " + UUID.randomUUID(), null, "own@example.net");
        otherOrganization = "Matrix Other Org " + UUID.randomUUID();
        long theirs = registration.registerPending(otherOrganization, null, "other@example.net");
        registration.verify(theirs);
        otherEmployer = create(Role.EMPLOYER, theirs);
        signedIn = Map.of(
                Role.SEEKER, create(Role.SEEKER, null),
                Role.EMPLOYER, create(Role.EMPLOYER, mine),
                Role.PROVIDER, create(Role.PROVIDER, null),
                Role.ADMIN, new TestAccounts(accounts, encoder).admin());
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.matches("/(admin|account|employer)(/.*)?")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(HttpMethod.valueOf(method.name()), pattern));
                }
            }
        }
        // web secures /employer/** for EMPLOYER accounts even before any employer page exists
        for (String pattern : List.of("/employer", "/employer/sites")) {
            if (routes.stream().noneMatch(r -> r.pattern().equals(pattern))) {
                routes.add(new Route(HttpMethod.GET, pattern));
            }
        }
        return routes;
    }

    /** Fills path variables with ids that belong to the other employer and its account. */
    String path(Route route) {
        return route.pattern()
                .replaceAll("\\{id[^}]*}", String.valueOf(otherEmployer.getEmployerId()))
                .replaceAll("\\{[^}]*}", String.valueOf(otherEmployer.getEmployerId()));
    }

    MvcTestResult call(Route route, RequestPostProcessor who, boolean withCsrf) {
        var request = mvc.method(route.method()).uri(path(route)).with(who);
        if (withCsrf) {
            request = request.with(csrf());
        }
        return request.exchange();
    }

    RequestPostProcessor as(Role role) {
        return user(signedIn.get(role).signedIn());
    }

    static boolean allowed(Route route, Role role) {
        if (route.pattern().startsWith("/admin")) {
            return role == Role.ADMIN;
        }
        if (route.pattern().startsWith("/employer")) {
            return role == Role.EMPLOYER;
        }
        return true;
    }

    @Test
    void theMatrixCoversTheStaffAndAccountPages() {
        assertThat(routes())
                .extracting(Route::pattern)
                .contains(
                        "/admin",
                        "/admin/accounts",
                        "/admin/accounts/verification",
                        "/admin/audit",
                        "/admin/outbox",
                        "/admin/trainings",
                        "/account",
                        "/account/security",
                        "/employer",
                        "/employer/profile",
                        "/employer/sites",
                        "/employer/sites/{siteId}",
                        "/employer/sites/{siteId}/close",
                        "/employer/contact-requests",
                        "/employer/contact-requests/{requestId}/answered",
                        "/employer/contact-requests/{requestId}/unanswered",
                        "/employer/colleagues",
                        "/employer/colleagues/{accountId}/remove",
                        "/employer/colleagues/invitations/{invitationId}/cancel",
                        "/employer/jobs",
                        "/employer/jobs/new",
                        "/employer/jobs/{id:\\d{1,18}}/edit",
                        "/employer/jobs/{id:\\d{1,18}}/publish",
                        "/admin/jobs/reports",
                        "/admin/jobs/reports/{id:\\d{1,18}}/dismiss",
                        "/admin/jobs/reports/{id:\\d{1,18}}/unpublish",
                        "/admin/jobs/reports/{id:\\d{1,18}}/suspend",
                        "/employer/interest",
                        "/employer/interest/{id:\\d{1,18}}/stage",
                        "/account/jobs/{id:\\d{1,18}}/interest",
                        "/account/interest/{id:\\d{1,18}}/withdraw",
                        "/account/interest/mail",
                        "/account/alerts",
                        "/account/alerts/{id:\\d{1,18}}/pause",
                        "/account/alerts/{id:\\d{1,18}}/resume",
                        "/account/alerts/{id:\\d{1,18}}/frequency",
                        "/account/alerts/{id:\\d{1,18}}/delete",
                        "/employer/talent/{handle}/message",
                        "/employer/talent/messages",
                        "/employer/talent/messages/{id:\\d{1,18}}",
                        "/account/inbox",
                        "/account/inbox/{id:\\d{1,18}}",
                        "/account/inbox/{id:\\d{1,18}}/reply",
                        "/account/inbox/{id:\\d{1,18}}/decline",
                        "/account/inbox/{id:\\d{1,18}}/block",
                        "/account/inbox/blocked/{organizationId:\\d{1,18}}/unblock",
                        "/account/inbox/notices",
                        "/account/visibility",
                        "/account/visibility/renew",
                        "/account/visibility/pause",
                        "/account/visibility/resume",
                        "/account/visibility/withdraw",
                        "/employer/talent",
                        "/account/news",
                        "/account/news/stop",
                        "/admin/news",
                        "/admin/news/{id:\\d{1,18}}",
                        "/admin/news/{id:\\d{1,18}}/test",
                        "/admin/news/{id:\\d{1,18}}/send",
                        "/admin/news/{id:\\d{1,18}}/progress");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (Route route : routes()) {
            MvcTestResult result = call(route, request -> request, true);
            assertThat(result.getResponse().getStatus()).as(route.toString()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl())
                    .as(route.toString())
                    .endsWith("/sign-in");
        }
    }

    @Test
    void theWrongRoleIsForbiddenWhateverTheId() {
        for (Route route : routes()) {
            for (Role role : Role.values()) {
                if (!allowed(route, role)) {
                    assertThat(call(route, as(role), true).getResponse().getStatus())
                            .as(role + " " + route)
                            .isEqualTo(403);
                }
            }
        }
        assertThat(registration
                        .find(otherEmployer.getEmployerId())
                        .orElseThrow()
                        .state())
                .isEqualTo(VerificationState.VERIFIED);
        assertThat(accounts.findById(otherEmployer.getId()).orElseThrow().getStatus())
                .isEqualTo(Account.Status.ACTIVE);
    }

    /** GET routes that answer with a redirect by design (the "sign in to save" return link). */
    static final java.util.Set<String> REDIRECTS_ON_PURPOSE = java.util.Set.of("/account/save");

    @Test
    void theRightRoleGetsEveryPage() throws Exception {
        for (Route route : routes()) {
            if (route.method() != HttpMethod.GET) {
                continue;
            }
            for (Role role : Role.values()) {
                if (!allowed(route, role)) {
                    continue;
                }
                MvcTestResult result = call(route, as(role), false);
                int status = result.getResponse().getStatus();
                if (route.hasVariables() || route.pattern().startsWith("/employer")) {
                    assertThat(status).as(role + " " + route).isNotIn(401, 403).isLessThan(500);
                } else if (REDIRECTS_ON_PURPOSE.contains(route.pattern())) {
                    assertThat(status).as(role + " " + route).isBetween(300, 399);
                    assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("/sign-in");
                } else {
                    assertThat(status).as(role + " " + route).isEqualTo(200);
                }
                if (role == Role.EMPLOYER) {
                    // ids in the path are the other employer's: nothing of theirs may show
                    assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                            .as(route.toString())
                            .doesNotContain(otherOrganization)
                            .doesNotContain(otherEmployer.getEmail());
                }
            }
        }
    }

    @Test
    void everyStateChangeNeedsTheCsrfTokenWhateverTheRole() {
        for (Route route : routes()) {
            if (route.method() == HttpMethod.GET) {
                continue;
            }
            for (Role role : Role.values()) {
                assertThat(call(route, as(role), false).getResponse().getStatus())
                        .as(role + " " + route)
                        .isEqualTo(403);
            }
        }
        assertThat(registration
                        .find(otherEmployer.getEmployerId())
                        .orElseThrow()
                        .state())
                .isEqualTo(VerificationState.VERIFIED);
    }

    /**
     * The sign-in link routes are the one way into an account besides the sign-in form: open to anyone
     * signed in or not (a bad link is explained, never a 500), and their forms refuse requests without the
     * CSRF token whatever the role.
     */
    @Test
    void theSignInLinkRoutesAreOpenButTheirFormsNeedTheCsrfToken() {
        List<RequestPostProcessor> everyone = new ArrayList<>(List.of(request -> request));
        for (Role role : Role.values()) {
            everyone.add(as(role));
        }
        for (RequestPostProcessor who : everyone) {
            assertThat(mvc.get().uri("/sign-in/email-link").with(who).exchange())
                    .hasStatusOk();
            assertThat(mvc.get().uri("/sign-in/link?token=nonsense").with(who).exchange())
                    .hasStatus(400);
            Map.of("/sign-in/email-link", "email", "/sign-in/link", "token")
                    .forEach((path, field) -> assertThat(mvc.post()
                                    .uri(path)
                                    .param(field, signedIn.get(Role.SEEKER).getEmail())
                                    .with(who)
                                    .exchange())
                            .as(path)
                            .hasStatus(403));
        }
        assertThat(mvc.post()
                        .uri("/sign-in/link")
                        .param("token", "nonsense")
                        .with(csrf())
                        .exchange())
                .hasStatus(400);
    }

    @Test
    void anEmployerCannotSeeOrChangeAnotherOrganizationsSitesOrColleagues() throws Exception {
        long theirs = otherEmployer.getEmployerId();
        String theirSite = "Matrix site " + UUID.randomUUID();
        long siteId = portal.addSite(
                theirs,
                new PortalRules(java.util.Set.of(), java.util.Set.of(), geography)
                        .site(new PortalRules.SiteInput(theirSite, null, null, "12207"), new FieldErrors())
                        .orElseThrow());
        colleagues.invite(theirs, otherEmployer.getId(), "matrix-invitee-" + UUID.randomUUID() + "@example.com", "en");
        long invitationId = colleagues.openInvitations(theirs).get(0).id();
        RequestPostProcessor employer = as(Role.EMPLOYER);

        MvcTestResult show =
                mvc.get().uri("/employer/sites/" + siteId).with(employer).exchange();
        assertThat(show).hasStatus(404);
        assertThat(show.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(theirSite);
        assertThat(mvc.post()
                        .uri("/employer/sites/" + siteId)
                        .param("name", "Taken")
                        .param("zip", "14202")
                        .with(employer)
                        .with(csrf())
                        .exchange())
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/employer/sites/" + siteId + "/close")
                        .with(employer)
                        .with(csrf())
                        .exchange())
                .hasStatus(404);
        assertThat(portal.site(theirs, siteId).open()).isTrue();
        assertThat(portal.site(theirs, siteId).zip()).isEqualTo("12207");

        mvc.post()
                .uri("/employer/colleagues/" + otherEmployer.getId() + "/remove")
                .with(employer)
                .with(csrf())
                .exchange();
        mvc.post()
                .uri("/employer/colleagues/invitations/" + invitationId + "/cancel")
                .with(employer)
                .with(csrf())
                .exchange();
        assertThat(accounts.findById(otherEmployer.getId()).orElseThrow().getEmployerId())
                .isEqualTo(theirs);
        assertThat(colleagues.openInvitations(theirs))
                .extracting(Colleagues.OpenInvitation::id)
                .contains(invitationId);
        String colleaguesPage = mvc.get()
                .uri("/employer/colleagues")
                .with(employer)
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(colleaguesPage).doesNotContain(otherEmployer.getEmail()).doesNotContain("matrix-invitee-");
        assertThat(mvc.get()
                        .uri("/employer/sites")
                        .with(employer)
                        .exchange()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(theirSite);
    }

    /**
     * Interest in a posting of the other organization: its employer sees it, this employer can neither read
     * nor move it, a seeker can neither read the portal nor withdraw another seeker's interest, and a
     * visitor is sent to sign in.
     */
    @Test
    void onlyThePostingsOrganizationSeesOrMovesInterestAndOnlyItsSeekerWithdrawsIt() throws Exception {
        long theirs = otherEmployer.getEmployerId();
        long siteId = portal.addSite(
                theirs,
                new PortalRules(java.util.Set.of(), java.util.Set.of(), geography)
                        .site(new PortalRules.SiteInput("Matrix interest site", null, null, "12207"), new FieldErrors())
                        .orElseThrow());
        var input = org.healthcareershub.jobs.TestPostings.input(
                new org.healthcareershub.jobs.TestPostings.Org(theirs, siteId, null, null),
                clock,
                "Matrix Interest Coordinator",
                "24",
                "28",
                "HOUR",
                30);
        long posting = jobs.createDraft(theirs, input).id();
        jobs.publish(theirs, posting);
        Account seeker = create(Role.SEEKER, null);
        String secret = "Matrix secret note " + UUID.randomUUID();
        long interest = interests
                .express(
                        seeker.getId(),
                        posting,
                        "Matrix Seeker",
                        seeker.getEmail(),
                        org.healthcareershub.jobs.SharedProfile.nothing(),
                        secret)
                .id();

        MvcTestResult mine =
                mvc.get().uri("/employer/interest").with(as(Role.EMPLOYER)).exchange();
        assertThat(mine).hasStatusOk();
        assertThat(mine.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(secret)
                .doesNotContain(seeker.getEmail());
        assertThat(mvc.post()
                        .uri("/employer/interest/" + interest + "/stage")
                        .param("stage", "HIRED")
                        .with(as(Role.EMPLOYER))
                        .with(csrf())
                        .exchange())
                .hasStatus(404);
        assertThat(mvc.get().uri("/employer/interest").with(as(Role.SEEKER)).exchange())
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/account/interest/" + interest + "/withdraw")
                        .with(as(Role.SEEKER))
                        .with(csrf())
                        .exchange())
                .hasStatus(404);
        MvcTestResult visitor = mvc.get().uri("/employer/interest").exchange();
        assertThat(visitor.getResponse().getRedirectedUrl()).endsWith("/sign-in");
        assertThat(interests.ofSeeker(seeker.getId()))
                .extracting(org.healthcareershub.jobs.InterestView::stage)
                .containsExactly(org.healthcareershub.jobs.InterestStage.NEW);

        MvcTestResult theirPage = mvc.get()
                .uri("/employer/interest")
                .with(user(otherEmployer.signedIn()))
                .exchange();
        assertThat(theirPage.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(secret);
    }

    @Test
    void anEmployerCannotReadOrChangeAnotherOrganizationsContactRequests() throws Exception {
        long theirs = otherEmployer.getEmployerId();
        String sender = "Matrix sender " + UUID.randomUUID();
        jdbc.update(
                "insert into employer_contact_request (employer_id, name, email, message, created_at, status, sent_at)"
                        + " values (?, ?, 'matrix-sender@example.com', 'A message for the other organization.',"
                        + " current_timestamp, 'SENT', current_timestamp)",
                theirs,
                sender);
        long requestId =
                jdbc.queryForObject("select id from employer_contact_request where name = ?", Long.class, sender);
        RequestPostProcessor employer = as(Role.EMPLOYER);

        for (String action : List.of("answered", "unanswered")) {
            MvcTestResult result = mvc.post()
                    .uri("/employer/contact-requests/" + requestId + "/" + action)
                    .with(employer)
                    .with(csrf())
                    .exchange();
            assertThat(result).as(action).hasStatus(404);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContain(sender);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from employer_contact_request where id = ? and answered_at is null",
                        Integer.class,
                        requestId))
                .isOne();
        String list = mvc.get()
                .uri("/employer/contact-requests")
                .with(employer)
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain(sender).doesNotContain("matrix-sender@example.com");
        // the other organization's own account sees it
        assertThat(mvc.get()
                        .uri("/employer/contact-requests")
                        .with(user(otherEmployer.signedIn()))
                        .exchange()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains(sender);
    }

    @Test
    void anEmployerCannotActOnAnotherEmployersOrganizationOrAccount() {
        RequestPostProcessor employer = as(Role.EMPLOYER);
        long theirs = otherEmployer.getEmployerId();
        for (String action : List.of("verify", "suspend", "reject")) {
            assertThat(mvc.post()
                            .uri("/admin/accounts/verification/" + theirs + "/" + action)
                            .param("reason", "guessing")
                            .with(employer)
                            .with(csrf())
                            .exchange())
                    .hasStatus(403);
        }
        assertThat(mvc.post()
                        .uri("/admin/accounts/" + otherEmployer.getId() + "/suspend")
                        .with(employer)
                        .with(csrf())
                        .exchange())
                .hasStatus(403);
        assertThat(registration.find(theirs).orElseThrow().state()).isEqualTo(VerificationState.VERIFIED);
        assertThat(accounts.findById(otherEmployer.getId()).orElseThrow().getStatus())
                .isEqualTo(Account.Status.ACTIVE);
    }

    /**
     * The page behind a contact confirmation link is public (its secret is the authorization), whoever is
     * signed in, and sending the message needs the CSRF token like every other state change.
     */
    @Test
    void theContactConfirmationLinkIsPublicAndSendingNeedsTheCsrfToken() {
        List<RequestPostProcessor> everyone = new ArrayList<>();
        everyone.add(request -> request);
        for (Role role : Role.values()) {
            everyone.add(as(role));
        }
        for (RequestPostProcessor who : everyone) {
            MvcTestResult opened = mvc.get()
                    .uri(ContactEmployer.CONFIRM_PATH)
                    .param("token", "unknown")
                    .with(who)
                    .exchange();
            assertThat(opened).hasStatus(404);
            assertThat(opened.getResponse().getRedirectedUrl()).isNull();
            assertThat(mvc.post()
                            .uri(ContactEmployer.CONFIRM_PATH)
                            .param("token", "unknown")
                            .with(who)
                            .exchange())
                    .hasStatus(403);
            assertThat(mvc.post()
                            .uri(ContactEmployer.CONFIRM_PATH)
                            .param("token", "unknown")
                            .with(who)
                            .with(csrf())
                            .exchange())
                    .hasStatus(404);
        }
    }

    /**
     * A search alert's unsubscribe link is public (a mail program posts to it with neither session nor form
     * token, RFC 8058): GET only shows a button, POST needs no CSRF token, and both answer the same for any
     * token. Alerts themselves are another account's business: made, changed or deleted only when signed in.
     */
    @Test
    void theAlertUnsubscribeLinkIsOpenToAnyoneWithoutAFormToken() {
        List<RequestPostProcessor> everyone = new ArrayList<>();
        everyone.add(request -> request);
        for (Role role : Role.values()) {
            everyone.add(as(role));
        }
        for (RequestPostProcessor who : everyone) {
            assertThat(mvc.get().uri("/alerts/unsubscribe/unknown").with(who).exchange())
                    .hasStatus(200);
            assertThat(mvc.post().uri("/alerts/unsubscribe/unknown").with(who).exchange())
                    .hasStatus(200);
        }
        assertThat(mvc.post().uri("/account/alerts").param("kind", "jobs").exchange())
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/account/alerts")
                        .param("kind", "jobs")
                        .with(csrf())
                        .exchange())
                .hasStatus(302);
    }

    /**
     * Anyone, signed in or not, may report a posting (the form needs the CSRF token like every other); only
     * staff see the reports and dismiss them, take the posting down or suspend its organization.
     */
    @Test
    void anyoneMayReportAPostingButOnlyStaffHandleTheReports() {
        TestPostings.Org org = TestPostings.albany(jdbc);
        long id = TestPostings.published(jobs, org, clock, "Matrix Reported Coordinator");
        List<RequestPostProcessor> everyone = new ArrayList<>(List.of(request -> request));
        for (Role role : Role.values()) {
            everyone.add(as(role));
        }
        for (RequestPostProcessor who : everyone) {
            assertThat(mvc.get().uri("/jobs/" + id + "/report").with(who).exchange())
                    .hasStatusOk();
            assertThat(mvc.post()
                            .uri("/jobs/" + id + "/report")
                            .param("reason", "SCAM")
                            .with(who)
                            .exchange())
                    .hasStatus(403);
        }
        for (String action : List.of("dismiss", "unpublish", "suspend")) {
            for (Role role : List.of(Role.SEEKER, Role.EMPLOYER, Role.PROVIDER)) {
                assertThat(mvc.post()
                                .uri("/admin/jobs/reports/" + id + "/" + action)
                                .param("reason", "guessing")
                                .with(as(role))
                                .with(csrf())
                                .exchange())
                        .as(role + " " + action)
                        .hasStatus(403);
            }
            assertThat(mvc.post()
                            .uri("/admin/jobs/reports/" + id + "/" + action)
                            .param("reason", "guessing")
                            .with(csrf())
                            .exchange()
                            .getResponse()
                            .getRedirectedUrl())
                    .endsWith("/sign-in");
        }
        assertThat(board.view(id).gone()).isFalse();
        assertThat(registration.find(org.id()).orElseThrow().state()).isEqualTo(VerificationState.VERIFIED);
    }
}
