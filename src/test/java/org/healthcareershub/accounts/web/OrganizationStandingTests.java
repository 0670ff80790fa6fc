package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.accounts.domain.VerificationQueue;
import org.healthcareershub.employers.EmployerRegistration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** An employer's account page shows its own organization's standing, and only its own. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class OrganizationStandingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    EmployerRegistration registration;

    @Autowired
    VerificationQueue queue;

    Account employer(String organization) {
        long id = registration.registerPending(organization, null, "org@example.net");
        Account account = new Account(UUID.randomUUID() + "@example.net", "unused", Role.EMPLOYER, "Lee", "en");
        account.markVerified();
        account.joinEmployer(id);
        return accounts.save(account);
    }

    Document accountPage(Account account, String query) throws Exception {
        return Jsoup.parse(mvc.get()
                .uri("/account" + query)
                .with(user(account.signedIn()))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anEmployerSeesItsOwnOrganizationWaitingThenRejectedWithTheReason() throws Exception {
        Account mine = employer("Standing Own Clinic " + UUID.randomUUID());
        Account theirs = employer("Standing Other Clinic " + UUID.randomUUID());
        Document waiting = accountPage(mine, "");
        assertThat(waiting.select("#organization").text())
                .contains("Standing Own Clinic")
                .contains("Waiting for staff");

        queue.reject(theirs.getEmployerId(), "Their secret reason");
        queue.reject(mine.getEmployerId(), "We could not reach your office.");
        // the organization comes from the signed-in account, whatever the request asks for
        Document rejected =
                accountPage(mine, "?employerId=" + theirs.getEmployerId() + "&organization=" + theirs.getEmployerId());
        assertThat(rejected.select("#organization").text())
                .contains("could not verify")
                .contains("We could not reach your office.")
                .doesNotContain("Standing Other Clinic")
                .doesNotContain("Their secret reason");
    }

    @Test
    void aVerifiedOrganizationLinksToItsPublicPageAndSeekersSeeNoOrganization() throws Exception {
        Account mine = employer("Standing Listed Clinic " + UUID.randomUUID());
        String slug = queue.verify(mine.getEmployerId()).slug();
        assertThat(accountPage(mine, "").select("#organization a").attr("href")).isEqualTo("/employers/" + slug);

        Account seeker = new Account(UUID.randomUUID() + "@example.net", "unused", Role.SEEKER, "Sam", "en");
        seeker.markVerified();
        assertThat(accountPage(accounts.save(seeker), "").select("#organization"))
                .isEmpty();
    }
}
