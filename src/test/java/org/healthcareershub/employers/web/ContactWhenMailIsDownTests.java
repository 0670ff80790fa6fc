package org.healthcareershub.employers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerSearch;
import org.healthcareershub.identity.EmailVerification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Nothing is lost when the SMTP server does not answer: the request and the mail stay stored. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=1", "hub.mail.retry-delay=PT1H"})
@AutoConfigureMockMvc
@Tag("db")
class ContactWhenMailIsDownTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EmployerDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesTheRequestAndKeepsTheMailForARetry() throws Exception {
        String slug = directory
                .search(new EmployerSearch(null, null, null, null, null, 25, 1, 20))
                .hits()
                .get(5)
                .slug();
        var result = mvc.post()
                .uri("/employers/" + slug + "/contact")
                .with(csrf())
                .with(user("dana.down@example.com").authorities(() -> "ROLE_SEEKER", () -> EmailVerification.AUTHORITY))
                .param("name", "Dana Down")
                .param("email", "dana.down@example.com")
                .param("message", "Is anyone hiring care managers this spring?")
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(jdbc.queryForObject(
                        "select count(*) from employer_contact_request where email = 'dana.down@example.com'",
                        Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outgoing_mail where recipient = 'dana.down@example.com'"
                                + " and status = 'PENDING' and attempts = 1",
                        Integer.class))
                .isEqualTo(1);
        String outbox = mvc.get()
                .uri("/admin/outbox")
                .with(user("admin").roles("ADMIN"))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(outbox).contains("Your message to", "Waiting to be sent");
    }
}
