package org.healthcareershub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.identity.AccountDeleted;
import org.healthcareershub.web.Site;
import org.healthcareershub.web.WithWebLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/** Notifications started alone: the outbox behind {@link Mailer}, and what it does when an account is deleted. */
@ApplicationModuleTest
class NotificationsModuleTests extends WithWebLimits {

    /** Career news reads the careers and regions a subscriber may choose from. */
    @MockitoBean
    CareerCatalog careers;

    @MockitoBean
    Geography geography;

    @MockitoBean
    Site site;

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    static String address(String who) {
        return who + "." + UUID.randomUUID() + "@example.com";
    }

    int mailsTo(String address) {
        return jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ?", Integer.class, address);
    }

    @Test
    void keepsMailInTheOutboxWhenNoSmtpHostIsConfigured() {
        String to = address("kept");

        assertThat(mailer.send(to, "Welcome", "Hello")).isFalse();

        assertThat(jdbc.queryForObject("select status from outgoing_mail where recipient = ?", String.class, to))
                .isEqualTo("CAPTURED");
    }

    @Test
    void aSubjectIsOneLineWhateverTextWentIntoIt() {
        String to = address("subject");

        mailer.send(to, "Your message from Ana\r\nBcc: victim@example.net", "Hello\r\nthere");

        assertThat(jdbc.queryForObject(
                        "select subject || '|' || body from outgoing_mail where recipient = ?", String.class, to))
                .isEqualTo("Your message from Ana  Bcc: victim@example.net|Hello\r\nthere");
    }

    @Test
    void forgetsTheMailToADeletedAccountAndNoOther(Scenario scenario) {
        String gone = address("gone");
        String other = address("other");
        mailer.send(gone, "One", "First");
        mailer.send(other, "Two", "Second");

        scenario.publish(new AccountDeleted(1L, gone, false, null, null))
                .andWaitForStateChange(() -> mailsTo(gone), count -> count == 0)
                .andVerify(count -> assertThat(mailsTo(other)).isOne());
    }

    @Test
    void keepsTheMailWhenTheDeletingTransactionRollsBack() {
        String stays = address("stays");
        mailer.send(stays, "One", "First");

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new AccountDeleted(2L, stays, true, null, null));
            status.setRollbackOnly();
        });

        assertThat(mailsTo(stays)).isOne();
    }
}
