package org.healthcareershub.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.Accounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class AdminAuditTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Test
    void theNewestStaffActionIsShownFirstWithWhoWhatAndWhen() throws Exception {
        Account target =
                accounts.save(new Account(UUID.randomUUID() + "@example.com", "unused", Role.SEEKER, "Audited", "en"));
        Account admin = accounts.findByEmail("admin@example.org").orElseThrow();
        mvc.post()
                .uri("/admin/accounts/" + target.getId() + "/suspend")
                .with(user(admin.signedIn()))
                .with(csrf())
                .exchange();

        Document page = Jsoup.parse(mvc.get()
                .uri("/admin/audit")
                .with(user(admin.signedIn()))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#audit caption").text()).isNotBlank();
        Element newest = page.select("#audit tbody tr").first();
        assertThat(newest.select("th[scope=row] time").attr("datetime")).isNotBlank();
        assertThat(newest.text())
                .contains("admin@example.org")
                .contains("Suspended an account")
                .contains("account:" + target.getId())
                .doesNotContain(target.getEmail());
        assertThat(page.text()).contains("Created the first staff account");
        assertThat(Jsoup.parse(mvc.get()
                                .uri("/admin")
                                .with(user(admin.signedIn()))
                                .exchange()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8))
                        .select("a[href=/admin/audit]"))
                .isNotEmpty();
    }
}
