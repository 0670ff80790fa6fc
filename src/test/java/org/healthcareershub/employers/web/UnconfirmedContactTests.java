package org.healthcareershub.employers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerSearch;
import org.healthcareershub.identity.EmailVerification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who must confirm their address before a message goes out: anyone but a signed-in account writing from its
 * own confirmed address, so an unconfirmed account is treated like a visitor, and a confirmed account that
 * types another address must confirm that one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class UnconfirmedContactTests {

    static final RequestPostProcessor UNCONFIRMED =
            user("robin.unconfirmed@example.com").roles("SEEKER");
    static final RequestPostProcessor CONFIRMED =
            user("robin.confirmed@example.com").authorities(() -> "ROLE_SEEKER", () -> EmailVerification.AUTHORITY);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EmployerDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    String slug() {
        return directory
                .search(new EmployerSearch(null, null, null, null, null, 25, 1, 20))
                .hits()
                .get(5)
                .slug();
    }

    MvcTestResult post(String slug, RequestPostProcessor who, String email, String address) {
        return mvc.post()
                .uri("/employers/" + slug + "/contact")
                .with(who)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("name", "Robin Example")
                .param("email", email)
                .param("message", "Do you hire care coordinators this spring?")
                .exchange();
    }

    List<String> statuses(String email) {
        return jdbc.queryForList(
                "select status from employer_contact_request where lower(email) = lower(?)", String.class, email);
    }

    static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aConfirmedAccountsOwnAddressSendsAtOnceAndStartsTheForm() throws Exception {
        String slug = slug();
        Document page = html(mvc.get().uri("/employers/" + slug).with(CONFIRMED).exchange());
        assertThat(page.select("#contact-email").val()).isEqualTo("robin.confirmed@example.com");
        assertThat(page.select("#contact-confirm-hint")).isEmpty();

        MvcTestResult result = post(slug, CONFIRMED, "Robin.Confirmed@example.com", "10.2.0.2");

        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getMvcResult().getFlashMap().get("contacted")).isEqualTo("SENT");
        assertThat(statuses("robin.confirmed@example.com")).containsExactly("SENT");
    }

    @Test
    void aConfirmedAccountWritingFromAnotherAddressMustConfirmThatOne() {
        MvcTestResult result = post(slug(), CONFIRMED, "robin.elsewhere@example.com", "10.2.0.4");

        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getMvcResult().getFlashMap().get("contacted")).isEqualTo("CONFIRMATION_NEEDED");
        assertThat(statuses("robin.elsewhere@example.com")).containsExactly("PENDING");
    }

    @Test
    void anUnconfirmedAccountSeesTheFormAndGetsALinkLikeAVisitor() throws Exception {
        String slug = slug();
        Document page =
                html(mvc.get().uri("/employers/" + slug).with(UNCONFIRMED).exchange());
        assertThat(page.select("#contact form")).isNotEmpty();
        assertThat(page.select("#contact-confirm-hint").text()).contains("we first email you a link");

        assertThat(post(slug, UNCONFIRMED, "robin.unconfirmed@example.com", "10.2.0.1"))
                .hasStatus3xxRedirection();
        assertThat(post(slug, request -> request, "robin.anonymous@example.com", "10.2.0.3"))
                .hasStatus3xxRedirection();

        assertThat(statuses("robin.unconfirmed@example.com")).containsExactly("PENDING");
        assertThat(statuses("robin.anonymous@example.com")).containsExactly("PENDING");
    }
}
