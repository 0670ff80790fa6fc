package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.TestAccounts;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.accounts.domain.AuditEntries;
import org.healthcareershub.accounts.domain.AuditEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class AdminAccountTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditEntries audit;

    Account create(Role role, String name) {
        return new TestAccounts(accounts, encoder).create(role, name);
    }

    RequestPostProcessor as(Account account) {
        return user(accounts.findById(account.getId()).orElseThrow().signedIn());
    }

    Account firstAdmin() {
        return accounts.findByEmail("admin@example.org").orElseThrow();
    }

    MvcTestResult post(Account actor, Account target, String action) {
        return mvc.post()
                .uri("/admin/accounts/" + target.getId() + "/" + action)
                .with(as(actor))
                .with(csrf())
                .exchange();
    }

    static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String notice(MvcTestResult result) {
        return (String) result.getMvcResult().getFlashMap().get("notice");
    }

    @Test
    void staffSearchAccountsByEmailOrNameAndRole() throws Exception {
        Account seeker = create(Role.SEEKER, "Searchable Quillon");
        Account employer = create(Role.EMPLOYER, "Searchable Quillon");
        Document page = html(mvc.get()
                .uri("/admin/accounts?q=QUILLON&role=SEEKER")
                .with(as(firstAdmin()))
                .exchange());
        assertThat(page.select("#account-" + seeker.getId()).text())
                .contains(seeker.getEmail())
                .contains("Job seeker")
                .contains("Active")
                .contains("Never");
        assertThat(page.select("#account-" + employer.getId())).isEmpty();
        assertThat(page.select("#accounts caption").text()).isNotBlank();
        assertThat(page.select("#role option[selected]").val()).isEqualTo("SEEKER");
        assertThat(page.select("#q").val()).isEqualTo("QUILLON");

        Document byEmail = html(mvc.get()
                .uri("/admin/accounts?q=" + employer.getEmail())
                .with(as(firstAdmin()))
                .exchange());
        assertThat(byEmail.select("#accounts tbody tr")).hasSize(1);
        assertThat(html(mvc.get().uri("/admin").with(as(firstAdmin())).exchange())
                        .select("a[href=/admin/accounts]"))
                .isNotEmpty();
    }

    @Test
    void aSuspendedAccountCannotSignInUntilReinstatedAndBothAreAudited() throws Exception {
        Account seeker = create(Role.SEEKER, "Suspended Seeker");
        MvcTestResult suspended = post(firstAdmin(), seeker, "suspend");
        assertThat(suspended).hasStatus3xxRedirection();
        assertThat(notice(suspended)).isEqualTo("admin.accounts.outcome.SUSPENDED");
        assertThat(accounts.findById(seeker.getId()).orElseThrow().getStatus()).isEqualTo(Account.Status.SUSPENDED);
        MvcTestResult signIn = mvc.post()
                .uri("/sign-in")
                .param("email", seeker.getEmail())
                .param("password", TestAccounts.PASSWORD)
                .with(csrf())
                .exchange();
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?suspended");
        // a session opened before the suspension ends on its next request
        assertThat(mvc.get().uri("/account").with(user(seeker.signedIn())).exchange())
                .hasStatus3xxRedirection();

        assertThat(notice(post(firstAdmin(), seeker, "reinstate"))).isEqualTo("admin.accounts.outcome.REINSTATED");
        assertThat(accounts.findById(seeker.getId()).orElseThrow().getStatus()).isEqualTo(Account.Status.ACTIVE);
        assertThat(audit.findAll().stream()
                        .filter(e -> e.getSubject().equals("account:" + seeker.getId()))
                        .map(AuditEntry::getAction))
                .containsExactly("account.suspended", "account.reinstated");
    }

    @Test
    void staffCannotSuspendThemselvesButMaySuspendAnotherAdmin() throws Exception {
        Account admin = firstAdmin();
        MvcTestResult self = post(admin, admin, "suspend");
        assertThat(notice(self)).isEqualTo("admin.accounts.outcome.REFUSED_SELF");
        assertThat(accounts.findById(admin.getId()).orElseThrow().getStatus()).isEqualTo(Account.Status.ACTIVE);
        Document page = html(mvc.get()
                .uri("/admin/accounts?q=admin@example.org")
                .with(as(admin))
                .exchange());
        assertThat(page.select("#account-" + admin.getId() + " form")).isEmpty();

        Account second = create(Role.ADMIN, "Second Admin");
        assertThat(notice(post(admin, second, "suspend"))).isEqualTo("admin.accounts.outcome.SUSPENDED");
        assertThat(notice(post(admin, second, "suspend"))).isEqualTo("admin.accounts.outcome.UNCHANGED");
    }

    @Test
    void anUnknownAccountIsNotFoundAndPostsNeedTheCsrfToken() {
        Account seeker = create(Role.SEEKER, "Token Seeker");
        assertThat(mvc.post()
                        .uri("/admin/accounts/" + (Long.MAX_VALUE / 2) + "/suspend")
                        .with(as(firstAdmin()))
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        for (String action : new String[] {"suspend", "reinstate"}) {
            assertThat(mvc.post()
                            .uri("/admin/accounts/" + seeker.getId() + "/" + action)
                            .with(as(firstAdmin()))
                            .exchange())
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(accounts.findById(seeker.getId()).orElseThrow().getStatus()).isEqualTo(Account.Status.ACTIVE);
    }
}
