package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerSearch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Security headers, session fixation, and unconfirmed accounts held back across modules. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class SecurityTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    EmployerDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    Account create(Role role, boolean verified) {
        return new TestAccounts(accounts, encoder).create(role, "Security Test", verified, null, "en");
    }

    static void assertStrictHeaders(MockHttpServletResponse response, String what) {
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).as(what).isNotNull();
        String scriptSrc = csp.replaceAll(".*script-src ([^;]*);.*", "$1");
        assertThat(scriptSrc).as(what).isEqualTo("'self'");
        assertThat(csp).as(what).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
    }

    @Test
    void pagesCarryStrictSecurityHeadersAndHstsOnlyOverHttps() {
        Account admin = accounts.findByEmail("admin@example.org").orElseThrow();
        MockHttpServletResponse home = mvc.get().uri("/").exchange().getResponse();
        assertStrictHeaders(home, "/");
        assertThat(home.getHeader("Strict-Transport-Security")).isNull();
        for (String path : new String[] {"/admin/accounts", "/admin/accounts/verification", "/admin/audit"}) {
            MockHttpServletResponse page =
                    mvc.get().uri(path).with(user(admin.signedIn())).exchange().getResponse();
            assertThat(page.getStatus()).isEqualTo(200);
            assertStrictHeaders(page, path);
        }
        MockHttpServletResponse secure = mvc.get()
                .uri("/admin/audit")
                .secure(true)
                .with(user(admin.signedIn()))
                .exchange()
                .getResponse();
        assertThat(secure.getHeader("Strict-Transport-Security"))
                .contains("max-age=31536000")
                .contains("includeSubDomains");
    }

    @Test
    void signingInGivesTheSessionANewId() {
        Account seeker = create(Role.SEEKER, true);
        MockHttpSession session = new MockHttpSession();
        mvc.get().uri("/sign-in").session(session).exchange();
        String before = session.getId();

        MvcTestResult result = mvc.post()
                .uri("/sign-in")
                .session(session)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("10.9.0.1");
                    // as a browser would: the session cookie names the session the sign-in form started
                    request.setRequestedSessionId(before);
                    request.setRequestedSessionIdValid(true);
                    return request;
                })
                .param("email", seeker.getEmail())
                .param("password", TestAccounts.PASSWORD)
                .exchange();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(session.getId()).isNotEqualTo(before);
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNotNull();
        assertThat(mvc.get().uri("/account").session(session).exchange()).hasStatusOk();
    }

    @Test
    void anUnconfirmedAccountsMessageWaitsForItsAddressToBeConfirmed() {
        Account unconfirmed = create(Role.SEEKER, false);
        String slug = directory
                .search(new EmployerSearch(null, null, null, null, null, 25, 1, 20))
                .hits()
                .get(7)
                .slug();
        MvcTestResult result = mvc.post()
                .uri("/employers/" + slug + "/contact")
                .with(user(unconfirmed.signedIn()))
                .with(csrf())
                .param("name", "Unconfirmed Person")
                .param("email", unconfirmed.getEmail())
                .param("message", "Are you hiring care coordinators this winter?")
                .exchange();
        assertThat(result).hasStatus(302);
        assertThat(jdbc.queryForObject(
                        "select status from employer_contact_request where email = ?",
                        String.class,
                        unconfirmed.getEmail()))
                .isEqualTo("PENDING");
        assertThat(jdbc.queryForObject(
                        "select count(*) from outgoing_mail where body like '%hiring care coordinators this winter%'"
                                + " or subject like '%Unconfirmed Person%' or body like '%Unconfirmed Person%'",
                        Integer.class))
                .isZero();
    }
}
