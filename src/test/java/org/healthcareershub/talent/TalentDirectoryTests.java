package org.healthcareershub.talent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.jobs.TestPostings;
import org.healthcareershub.talent.domain.ProfileField;
import org.healthcareershub.talent.domain.VisibilitySettings;
import org.healthcareershub.talent.domain.VisibilityTerms;
import org.healthcareershub.web.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The talent module's API on the real database: who may reach whom (opted in, not paused, not lapsed, not
 * withdrawn; a verified organization with a site where the seeker allows), the handles, and the access log.
 */
@SpringBootTest
@Tag("db")
class TalentDirectoryTests {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    TalentDirectory directory;

    @Autowired
    AccessLog log;

    @Autowired
    VisibilitySettings settings;

    @Autowired
    MovableClock clock;

    @Autowired
    TalentFixtures fixtures;

    @AfterEach
    void remove() {
        fixtures.removeAll();
    }

    static VisibilityTerms capitalRegion(int days) {
        return new VisibilityTerms(
                Set.of("Capital Region"), null, Set.of(TalentFixtures.CARE), Set.of(ProfileField.EDUCATION), days);
    }

    @Test
    void aSeekerIsReachableOnlyWhileOptedInNotPausedNotLapsedNotWithdrawn() {
        Account seeker = fixtures.seeker("Reach Seeker");
        TestPostings.Org org = fixtures.albany("VERIFIED");
        assertThat(directory.isReachable(seeker.getId(), org.id())).isFalse();

        settings.optIn(seeker.getId(), capitalRegion(30));
        assertThat(directory.isReachable(seeker.getId(), org.id())).isTrue();

        settings.pause(seeker.getId());
        assertThat(directory.isReachable(seeker.getId(), org.id())).isFalse();
        settings.resume(seeker.getId());
        assertThat(directory.isReachable(seeker.getId(), org.id())).isTrue();

        clock.advance(Duration.ofDays(30));
        assertThat(directory.isReachable(seeker.getId(), org.id())).isFalse();
        assertThat(settings.renew(seeker.getId(), 90)).isTrue();
        assertThat(directory.isReachable(seeker.getId(), org.id())).isTrue();

        settings.withdraw(seeker.getId());
        assertThat(directory.isReachable(seeker.getId(), org.id())).isFalse();
        assertThat(settings.renew(seeker.getId(), 90)).isFalse();
    }

    @Test
    void onlyAVerifiedOrganizationWithASiteWhereTheSeekerAllowsReachesThem() {
        Account seeker = fixtures.seeker("Scope Seeker");
        settings.optIn(seeker.getId(), capitalRegion(90));
        assertThat(directory.isReachable(
                        seeker.getId(), fixtures.albany("PENDING").id()))
                .isFalse();
        assertThat(directory.isReachable(
                        seeker.getId(), fixtures.albany("SUSPENDED").id()))
                .isFalse();
        TestPostings.Org buffalo = fixtures.buffalo();
        assertThat(directory.isReachable(seeker.getId(), buffalo.id())).isFalse();

        settings.optIn(seeker.getId(), new VisibilityTerms(Set.of(), 300, Set.of(TalentFixtures.CARE), Set.of(), 90));
        assertThat(directory.isReachable(seeker.getId(), buffalo.id())).isTrue();
        settings.optIn(seeker.getId(), new VisibilityTerms(Set.of(), 25, Set.of(TalentFixtures.CARE), Set.of(), 90));
        assertThat(directory.isReachable(seeker.getId(), buffalo.id())).isFalse();
        assertThat(directory.isReachable(
                        seeker.getId(), fixtures.albany("VERIFIED").id()))
                .isTrue();
    }

    @Test
    void handlesDifferBetweenOrganizationsAndStayTheSame() {
        Account seeker = fixtures.seeker("Handle Seeker");
        TestPostings.Org one = fixtures.albany("VERIFIED");
        TestPostings.Org two = fixtures.albany("VERIFIED");
        String first = directory.handleFor(seeker.getId(), one.id());
        assertThat(first).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(directory.handleFor(seeker.getId(), one.id())).isEqualTo(first);
        assertThat(directory.handleFor(seeker.getId(), two.id())).isNotEqualTo(first);
        assertThat(first).doesNotContain(String.valueOf(seeker.getId()));
    }

    @Test
    void anOrganizationNamesBackOnlyASeekerItHasSeen() {
        Account seeker = fixtures.seeker("Seen Seeker");
        TestPostings.Org one = fixtures.albany("VERIFIED");
        TestPostings.Org two = fixtures.albany("VERIFIED");
        String handle = directory.handleFor(seeker.getId(), one.id());
        assertThat(directory.seekerFor(one.id(), handle)).isEmpty();

        log.recordSeen(one.id(), List.of(seeker.getId()));
        assertThat(directory.seekerFor(one.id(), handle)).contains(seeker.getId());
        assertThat(directory.seekerFor(two.id(), handle)).isEmpty();
        assertThat(directory.seekerFor(one.id(), "<script>")).isEmpty();
    }

    @Test
    void theLogHoldsOneSightingAnOrganizationADayAndEveryContact() {
        Account seeker = fixtures.seeker("Log Seeker");
        TestPostings.Org org = fixtures.albany("VERIFIED");
        log.recordSeen(org.id(), List.of(seeker.getId()));
        log.recordSeen(org.id(), List.of(seeker.getId()));
        log.record(AccessKind.CONTACTED, org.id(), seeker.getId());
        assertThat(log.of(seeker.getId()))
                .extracting(AccessLog.Access::kind)
                .containsExactly(AccessKind.CONTACTED, AccessKind.SEEN_IN_SEARCH);
        clock.advance(Duration.ofDays(1));
        log.recordSeen(org.id(), List.of(seeker.getId()));
        assertThat(log.of(seeker.getId())).hasSize(3);
        assertThat(log.of(seeker.getId()).get(0).organizationName()).startsWith("Test Org ");
    }
}
