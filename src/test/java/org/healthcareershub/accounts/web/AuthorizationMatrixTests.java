package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.employers.VerificationState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
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
                        "/employer/jobs",
                        "/employer/jobs/new",
                        "/employer/jobs/{id:\\d{1,18}}/edit",
                        "/employer/jobs/{id:\\d{1,18}}/publish");
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
}
