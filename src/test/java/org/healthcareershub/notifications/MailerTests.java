package org.healthcareershub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@Tag("db")
class MailerTests {

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcTemplate jdbc;

    int mailsTo(String address) {
        return jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ?", Integer.class, address);
    }

    @Test
    void forgetsEveryMessageToAnAddressAndNoOther() {
        mailer.send("forget-me@example.com", "One", "First message");
        mailer.send("Forget-Me@example.com", "Two", "Second message");
        mailer.send("keep-me@example.com", "Three", "Third message");

        assertThat(mailer.forget("forget-me@example.com")).isEqualTo(2);

        assertThat(mailsTo("forget-me@example.com") + mailsTo("Forget-Me@example.com"))
                .isZero();
        assertThat(mailsTo("keep-me@example.com")).isEqualTo(1);
    }
}
