package org.healthcareershub.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.identity.AccountDeleted;
import org.healthcareershub.notifications.Mailer;
import org.healthcareershub.web.JsonLd;
import org.healthcareershub.web.Site;
import org.healthcareershub.web.SiteProperties;
import org.healthcareershub.web.WithWebLimits;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Employers started alone, the other modules' beans mocked and no demo directory: registration, listing and
 * contact through its facades, and what it forgets when an account is deleted.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "hub.demo-data=false")
class EmployersModuleTests extends WithWebLimits {

    @MockitoBean
    CareerCatalog careers;

    @MockitoBean
    Geography geography;

    @MockitoBean
    Mailer mailer;

    @MockitoBean
    Site site;

    @MockitoBean
    JsonLd jsonLd;

    @MockitoBean
    SiteProperties siteProperties;

    @Autowired
    EmployerRegistration registration;

    @Autowired
    EmployerDirectory directory;

    @Autowired
    ContactEmployer contact;

    @Autowired
    JdbcTemplate jdbc;

    static String address(String who) {
        return who + "." + UUID.randomUUID() + "@example.com";
    }

    /** A listed organization whose requests go to {@code contactEmail}; returns its id. */
    long listed(String name, String contactEmail) {
        long id = registration.registerPending(name, "https://example.org", contactEmail);
        registration.verify(id);
        return id;
    }

    String slugOf(long id) {
        return registration.find(id).orElseThrow().slug();
    }

    void contactFrom(String sender, long employer, String clientAddress) {
        when(siteProperties.baseUrl()).thenReturn(URI.create("https://hub.example"));
        contact.contact(
                slugOf(employer),
                new ContactEmployer.Request("Sam Sender", sender, null, null, "Are you hiring?"),
                true,
                clientAddress,
                Locale.ENGLISH);
    }

    ContactEmployer.Outcome contactUnconfirmed(String sender, long employer, String clientAddress) {
        when(siteProperties.baseUrl()).thenReturn(URI.create("https://hub.example"));
        return contact.contact(
                slugOf(employer),
                new ContactEmployer.Request("Wes Waiting", sender, null, null, "Secret words for the employer"),
                false,
                clientAddress,
                Locale.ENGLISH);
    }

    int storedFrom(String sender) {
        return jdbc.queryForObject(
                "select count(*) from employer_contact_request where email = ?", Integer.class, sender);
    }

    String contactEmailOf(long employer) {
        return jdbc.queryForObject("select contact_email from employer where id = ?", String.class, employer);
    }

    @Test
    void listsAnOrganizationOnlyOnceStaffVerifyIt() {
        long id = registration.registerPending("Quillfeather Clinic", null, address("hr"));
        EmployerSearch byName = new EmployerSearch("Quillfeather", null, null, null, null, 25, 1, 10);
        assertThat(directory.search(byName).hits()).isEmpty();

        registration.verify(id);

        assertThat(directory.search(byName).hits())
                .extracting(EmployerHit::slug)
                .containsExactly(slugOf(id));
    }

    @Test
    void forgetsAConfirmedSendersRequestsAndHandsTheContactAddressToTheColleague(Scenario scenario) {
        String leaving = address("leaving");
        String colleague = address("colleague");
        String otherSender = address("other");
        long employer = listed("Harbor Lane Care", leaving);
        contactFrom(leaving, employer, "10.9.0.1");
        contactFrom(otherSender, employer, "10.9.0.2");

        scenario.publish(new AccountDeleted(11L, leaving, true, employer, colleague))
                .andWaitForStateChange(() -> contact.sentFrom(leaving), List::isEmpty)
                .andVerify(requests -> {
                    assertThat(contact.sentFrom(otherSender)).hasSize(1);
                    assertThat(contactEmailOf(employer)).isEqualTo(colleague);
                });
    }

    @Test
    void keepsTheRequestsSentFromAnUnconfirmedAddress(Scenario scenario) {
        String unconfirmed = address("unconfirmed");
        long employer = listed("Maple Row Health", address("hr"));
        contactFrom(unconfirmed, employer, "10.9.0.3");

        scenario.publish(new AccountDeleted(12L, unconfirmed, false, null, null))
                .andWaitForStateChange(() -> contact.sentFrom(unconfirmed))
                .andVerify(requests -> assertThat(requests).hasSize(1));
    }

    @Test
    void anUnconfirmedSenderGetsOnlyALinkAndTheRequestWaitsUnexported() {
        String sender = address("waiting");
        long employer = listed("Birch Hollow Care", address("hr"));

        assertThat(contactUnconfirmed(sender, employer, "10.9.0.4"))
                .isEqualTo(ContactEmployer.Outcome.CONFIRMATION_NEEDED);

        ArgumentCaptor<String> subject = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(mailer).sendPrivately(eq(sender), subject.capture(), body.capture());
        verify(mailer, never()).send(anyString(), anyString(), anyString());
        assertThat(subject.getValue() + body.getValue())
                .contains("Birch Hollow Care", "https://hub.example" + ContactEmployer.CONFIRM_PATH + "?token=")
                .doesNotContain("Wes", "Secret words");
        assertThat(storedFrom(sender)).isOne();
        assertThat(contact.sentFrom(sender)).isEmpty();
    }

    @Test
    void forgetsAConfirmedSendersUnconfirmedRequestsToo(Scenario scenario) {
        String leaving = address("leaving");
        long employer = listed("Aspen Court Health", address("hr"));
        contactUnconfirmed(leaving, employer, "10.9.0.5");

        scenario.publish(new AccountDeleted(13L, leaving, true, null, null))
                .andWaitForStateChange(() -> storedFrom(leaving), count -> count == 0)
                .andVerify(count -> assertThat(count).isZero());
    }
}
