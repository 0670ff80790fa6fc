package org.healthcareershub.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.healthcareershub.accounts.Seekers;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.identity.AccountDeleted;
import org.healthcareershub.notifications.Mailer;
import org.healthcareershub.talent.domain.ProfileField;
import org.healthcareershub.talent.domain.VisibilitySettings;
import org.healthcareershub.talent.domain.VisibilityTerms;
import org.healthcareershub.web.JsonLd;
import org.healthcareershub.web.LimitProperties;
import org.healthcareershub.web.MovableClock;
import org.healthcareershub.web.Site;
import org.healthcareershub.web.SiteProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Talent started alone, the other modules' beans mocked: a seeker opts in and a verified organization with a
 * site in their region may reach them while a pending one may not; the access log and the handles work; and
 * a deleted account's visibility and log go with it on {@link AccountDeleted}.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "hub.demo-data=false")
class TalentModuleTests {

    static final long SEEKER = 8_700_001L;
    static final long VERIFIED = 8_700_101L;
    static final long PENDING = 8_700_102L;

    @MockitoBean
    Seekers seekers;

    @MockitoBean
    HiringOrganizations organizations;

    @MockitoBean
    Geography geography;

    @MockitoBean
    CareerCatalog careers;

    @MockitoBean
    Mailer mailer;

    // outreach offers an organization's open postings
    @MockitoBean
    org.healthcareershub.jobs.JobEditor postings;

    @MockitoBean
    Site site;

    @MockitoBean
    JsonLd jsonLd;

    @MockitoBean
    SiteProperties siteProperties;

    @TestBean
    LimitProperties limitProperties;

    @TestBean
    Clock clock;

    static LimitProperties limitProperties() {
        return new LimitProperties(30, 5, Duration.ofMinutes(15), 10, 10, 3, 5, 5, 10, 120);
    }

    static Clock clock() {
        return new MovableClock();
    }

    @Autowired
    TalentDirectory directory;

    @Autowired
    AccessLog log;

    @Autowired
    VisibilitySettings settings;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void remove() {
        jdbc.update("delete from talent_access where seeker_id = ?", SEEKER);
        jdbc.update("delete from talent_visibility where seeker_id = ?", SEEKER);
    }

    static HiringOrganization organization(long id, VerificationState state) {
        return new HiringOrganization(
                id,
                "org-" + id,
                "Org " + id,
                null,
                null,
                state,
                false,
                List.of("care"),
                List.of(new HiringOrganization.Site(
                        id, "Main", null, "Albany", "12207", "Albany", "Capital Region", new GeoPoint(42.65, -73.75))));
    }

    void aSeekerAndTwoOrganizations() {
        Seekers.Profile profile = new Seekers.Profile(SEEKER, "12207", null, null, 3, null);
        when(seekers.profile(SEEKER)).thenReturn(Optional.of(profile));
        when(seekers.profiles(anyCollection())).thenReturn(Map.of(SEEKER, profile));
        when(organizations.find(anyLong())).thenAnswer(call -> switch ((int) (long) call.getArgument(0)) {
            case (int) VERIFIED -> Optional.of(organization(VERIFIED, VerificationState.VERIFIED));
            case (int) PENDING -> Optional.of(organization(PENDING, VerificationState.PENDING));
            default -> Optional.empty();
        });
        settings.optIn(
                SEEKER,
                new VisibilityTerms(
                        Set.of("Capital Region"), null, Set.of("care"), Set.of(ProfileField.EXPERIENCE), 90));
    }

    @Test
    void aVerifiedOrganizationWithASiteInTheSeekersRegionReachesThemAndAPendingOneDoesNot() {
        aSeekerAndTwoOrganizations();
        assertThat(directory.isReachable(SEEKER, VERIFIED)).isTrue();
        assertThat(directory.isReachable(SEEKER, PENDING)).isFalse();
        assertThat(directory.isReachable(SEEKER, 1L)).isFalse();
        assertThat(directory.handleFor(SEEKER, VERIFIED)).isNotEqualTo(directory.handleFor(SEEKER, PENDING));
    }

    @Test
    void aDeletedAccountsVisibilityAndLogGoWithIt() {
        aSeekerAndTwoOrganizations();
        log.record(AccessKind.CONTACTED, VERIFIED, SEEKER);
        assertThat(log.of(SEEKER))
                .extracting(AccessLog.Access::organizationName)
                .containsExactly("Org " + VERIFIED);

        new TransactionTemplate(transactions)
                .executeWithoutResult(status ->
                        events.publishEvent(new AccountDeleted(SEEKER, "gone@example.com", true, null, null)));

        assertThat(log.of(SEEKER)).isEmpty();
        assertThat(settings.find(SEEKER)).isEmpty();
        assertThat(directory.isReachable(SEEKER, VERIFIED)).isFalse();
    }
}
