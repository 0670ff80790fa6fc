package org.healthcareershub.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.AccountDeletion;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.employers.ContactEmployer;
import org.healthcareershub.employers.EmployerDirectory;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.identity.AccountDeleted;
import org.healthcareershub.jobs.JobBoard;
import org.healthcareershub.jobs.JobInterests;
import org.healthcareershub.notifications.Mailer;
import org.healthcareershub.trainings.TrainingCatalog;
import org.healthcareershub.web.SiteProperties;
import org.healthcareershub.web.WithWebLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Accounts started alone, the facades of the modules it uses mocked: deleting an account publishes
 * {@link AccountDeleted} instead of calling employers and notifications, and a listener that fails undoes it.
 */
@ApplicationModuleTest
class AccountsModuleTests extends WithWebLimits {

    @MockitoBean
    EmployerRegistration organizations;

    @MockitoBean
    EmployerDirectory directory;

    @MockitoBean
    ContactEmployer contacts;

    @MockitoBean
    TrainingCatalog trainings;

    @MockitoBean
    CareerCatalog careers;

    @MockitoBean
    Mailer mailer;

    @MockitoBean
    JobBoard jobs;

    @MockitoBean
    JobInterests interests;

    @MockitoBean
    SiteProperties site;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountDeletion deletion;

    @Autowired
    Accounts accounts;

    @Autowired
    RefusingListener refusing;

    @Autowired
    JdbcTemplate jdbc;

    int deletedSeekers() {
        return jdbc.queryForObject("select count(*) from deleted_account where role = 'SEEKER'", Integer.class);
    }

    @Test
    void deletingAnAccountPublishesAccountDeletedWithItsAddress(AssertablePublishedEvents events) {
        Account account = testAccounts.create(Role.SEEKER, "Kim Module");

        deletion.delete(account.getId());

        assertThat(accounts.findById(account.getId())).isEmpty();
        assertThat(events)
                .contains(AccountDeleted.class)
                .matching(AccountDeleted::accountId, account.getId())
                .matching(AccountDeleted::email, account.getEmail())
                .matching(AccountDeleted::emailConfirmed, true)
                .matching(deleted -> deleted.employerId() == null);
    }

    @Test
    void aListenerThatFailsKeepsTheAccount() {
        Account account = testAccounts.create(Role.SEEKER, "Lee Kept");
        int deletedBefore = deletedSeekers();
        refusing.refuse(account.getId());

        assertThatThrownBy(() -> deletion.delete(account.getId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("clean-up failed");

        assertThat(accounts.findById(account.getId())).isPresent();
        assertThat(deletedSeekers()).isEqualTo(deletedBefore);
    }

    /** Stands for a module whose clean-up fails, for the accounts it is told to refuse. */
    static class RefusingListener {

        private final Set<Long> refused = ConcurrentHashMap.newKeySet();

        void refuse(long accountId) {
            refused.add(accountId);
        }

        @EventListener
        void on(AccountDeleted deleted) {
            if (refused.contains(deleted.accountId())) {
                throw new IllegalStateException("clean-up failed");
            }
        }
    }

    @TestConfiguration
    static class Listeners {

        @Bean
        RefusingListener refusingListener() {
            return new RefusingListener();
        }
    }
}
