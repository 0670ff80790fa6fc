package org.healthcareershub.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.healthcareershub.careers.CareerCatalog;
import org.healthcareershub.careers.CareerContent;
import org.healthcareershub.careers.CareerProfile;
import org.healthcareershub.employers.EmployerRegistration;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.geo.Geography;
import org.healthcareershub.jobs.domain.ModerationRules;
import org.healthcareershub.notifications.Mailer;
import org.healthcareershub.web.JsonLd;
import org.healthcareershub.web.LimitProperties;
import org.healthcareershub.web.MovableClock;
import org.healthcareershub.web.Site;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Jobs started alone, the other modules' beans mocked and no demo board: a posting is drafted, published,
 * found, reminded about (through the mocked Mailer) and expired through its facades, and reported and taken
 * down by staff, which publishes the act for the audit log.
 */
@ApplicationModuleTest
@TestPropertySource(properties = {"hub.demo-data=false", "hub.jobs.schedule-delay=PT1H"})
class JobsModuleTests {

    @TestConfiguration
    static class Clocks {
        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    @MockitoBean
    CareerCatalog careers;

    @MockitoBean
    HiringOrganizations organizations;

    @MockitoBean
    Mailer mailer;

    @MockitoBean
    EmployerRegistration registration;

    @TestBean
    LimitProperties limitProperties;

    static LimitProperties limitProperties() {
        return new LimitProperties(30, 5, Duration.ofMinutes(15), 10, 10, 3, 5, 5, 10, 120);
    }

    @MockitoBean
    Geography geography;

    @MockitoBean
    Site site;

    @MockitoBean
    JsonLd jsonLd;

    @Autowired
    JobEditor editor;

    @Autowired
    JobBoard board;

    @Autowired
    JobModeration moderation;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    TestPostings.Org org;

    @BeforeEach
    void anOrganizationAndACareer() {
        org = TestPostings.albany(jdbc);
        when(organizations.find(org.id()))
                .thenReturn(Optional.of(new HiringOrganization(
                        org.id(),
                        org.slug(),
                        "Module Test Org",
                        null,
                        org.email(),
                        VerificationState.VERIFIED,
                        false,
                        List.of(TestPostings.CAREER),
                        List.of(new HiringOrganization.Site(
                                org.siteId(),
                                "Main office",
                                "1 Test Street",
                                "Testville",
                                "12207",
                                "Albany",
                                "Capital Region",
                                new GeoPoint(42.6526, -73.7562))))));
        CareerContent content = mock(CareerContent.class);
        when(content.jobTitles())
                .thenReturn(List.of(new CareerContent.JobTitle("Care Coordinator", "29-2099.08", null)));
        when(careers.profile(any(), any())).thenReturn(new CareerProfile(content, true));
        when(site.absolute(anyString())).thenAnswer(i -> "http://localhost" + i.getArgument(0));
        when(site.name()).thenReturn("Hub");
    }

    @Test
    void draftsPublishesFindsRemindsAndExpiresAPosting() {
        JobEditor.Saved saved = editor.createDraft(
                org.id(), TestPostings.input(org, clock, "Module Coordinator", "22", "26", "HOUR", 8));
        assertThat(saved.errors().asMap()).isEmpty();
        assertThat(editor.publish(org.id(), saved.id())).isEqualTo(JobEditor.Publication.PUBLISHED);
        assertThat(board.search(JobSearch.all()).hits()).extracting(JobHit::id).contains(saved.id());

        clock.advance(Duration.ofDays(1));
        assertThat(editor.remindDue()).isEqualTo(1);
        verify(mailer).send(eq(org.email()), anyString(), anyString());
        assertThat(editor.remindDue()).isZero();

        clock.advance(Duration.ofDays(8));
        assertThat(editor.expireDue()).isEqualTo(1);
        assertThat(board.view(saved.id()).gone()).isTrue();
        assertThat(board.search(JobSearch.all()).hits()).extracting(JobHit::id).doesNotContain(saved.id());
    }

    @Test
    void anUnknownOrganizationCannotDraft() {
        when(organizations.find(anyLong())).thenReturn(Optional.empty());
        assertThatThrownBy(() -> editor.createDraft(-5, TestPostings.input(org, clock, "X", "22", "26", "HOUR", 8)))
                .isInstanceOf(JobNotFoundException.class);
        verify(mailer, never()).send(any(), any(), any());
    }

    @Test
    void aReportedPostingTakenDownByStaffPublishesTheActAndMailsTheOrganizationWhy(AssertablePublishedEvents events) {
        JobEditor.Saved saved = editor.createDraft(
                org.id(), TestPostings.input(org, clock, "Module Reported Coordinator", "22", "26", "HOUR", 30));
        editor.publish(org.id(), saved.id());
        long waiting = moderation.openCount();

        assertThat(moderation
                        .report(saved.id(), new ModerationRules.ReportInput("SCAM", "Asks for a fee"), "10.0.0.1")
                        .outcome())
                .isEqualTo(JobModeration.Outcome.REPORTED);
        assertThat(moderation.openCount()).isEqualTo(waiting + 1);
        assertThat(moderation.unpublish(saved.id(), "Asks applicants to pay.").isEmpty())
                .isTrue();

        assertThat(events)
                .contains(JobPostingUnpublished.class)
                .matching(JobPostingUnpublished::jobPostingId, saved.id())
                .matching(JobPostingUnpublished::reason, "Asks applicants to pay.");
        verify(mailer)
                .send(eq(org.email()), contains("Module Reported Coordinator"), contains("Asks applicants to pay."));
        assertThat(moderation.openCount()).isEqualTo(waiting);
        assertThat(board.view(saved.id()).closeReason()).isEqualTo(CloseReason.UNPUBLISHED);
        assertThat(board.search(JobSearch.all()).hits()).extracting(JobHit::id).doesNotContain(saved.id());
    }
}
