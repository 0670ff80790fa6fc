package org.healthcareershub.employers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
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
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signed-in people must confirm their email before they contact an employer; anonymous visitors may
 * still use the form (it has its own limits).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
class UnconfirmedContactTests {

    static final RequestPostProcessor UNCONFIRMED =
            user("unconfirmed@example.com").roles("SEEKER");
    static final RequestPostProcessor CONFIRMED =
            user("confirmed@example.com").authorities(() -> "ROLE_SEEKER", () -> EmailVerification.AUTHORITY);

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

    int stored(String email) {
        return jdbc.queryForObject(
                "select count(*) from employer_contact_request where email = ?", Integer.class, email);
    }

    int mailed(String email) {
        return jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ?", Integer.class, email);
    }

    static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnconfirmedAccountSeesWhyInsteadOfTheForm() throws Exception {
        Document page =
                html(mvc.get().uri("/employers/" + slug()).with(UNCONFIRMED).exchange());
        assertThat(page.select("#contact-confirm-email").text()).contains("Confirm your email address first");
        assertThat(page.select("#contact-confirm-email a").attr("href")).isEqualTo("/account");
        assertThat(page.select("#contact form")).isEmpty();
    }

    @Test
    void anUnconfirmedAccountCannotSendAndNothingIsKeptOrMailed() throws Exception {
        MvcTestResult result = post(slug(), UNCONFIRMED, "robin.unconfirmed@example.com", "10.2.0.1");
        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(html(result).select("#contact-confirm-email")).isNotEmpty();
        assertThat(stored("robin.unconfirmed@example.com")).isZero();
        assertThat(mailed("robin.unconfirmed@example.com")).isZero();
    }

    @Test
    void confirmedAccountsAndAnonymousVisitorsCanSend() throws Exception {
        String slug = slug();
        assertThat(html(mvc.get().uri("/employers/" + slug).with(CONFIRMED).exchange())
                        .select("#contact form"))
                .isNotEmpty();
        assertThat(html(mvc.get().uri("/employers/" + slug).exchange()).select("#contact form"))
                .isNotEmpty();
        assertThat(post(slug, CONFIRMED, "robin.confirmed@example.com", "10.2.0.2"))
                .hasStatus3xxRedirection();
        assertThat(stored("robin.confirmed@example.com")).isEqualTo(1);
        assertThat(post(slug, request -> request, "robin.anonymous@example.com", "10.2.0.3"))
                .hasStatus3xxRedirection();
        assertThat(stored("robin.anonymous@example.com")).isEqualTo(1);
    }
}
