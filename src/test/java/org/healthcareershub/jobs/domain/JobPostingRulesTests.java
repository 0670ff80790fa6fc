package org.healthcareershub.jobs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.healthcareershub.careers.CareerContent;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.VerificationState;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.jobs.EmploymentType;
import org.healthcareershub.jobs.JobLanguage;
import org.healthcareershub.jobs.PayUnit;
import org.healthcareershub.jobs.WorkSchedule;
import org.healthcareershub.web.FieldErrors;
import org.healthcareershub.web.MovableClock;
import org.healthcareershub.web.PlainText;
import org.junit.jupiter.api.Test;

class JobPostingRulesTests {

    static final String CAREER = "care-coordination-and-care-management";

    final MovableClock clock = new MovableClock();
    final JobPostingRules rules = new JobPostingRules(
            slug -> CAREER.equals(slug)
                    ? Optional.of(List.of(
                            new CareerContent.JobTitle("Care Coordinator", "29-2099.08", null),
                            new CareerContent.JobTitle("Care Manager", "21-1022", null)))
                    : Optional.empty(),
            clock);

    static final HiringOrganization ORG = new HiringOrganization(
            7,
            "river-health",
            "River Health",
            null,
            "jobs@example.org",
            VerificationState.VERIFIED,
            false,
            List.of(CAREER),
            List.of(new HiringOrganization.Site(
                    70,
                    "Main office",
                    "1 Main St",
                    "Albany",
                    "12207",
                    "Albany",
                    "Capital Region",
                    new GeoPoint(42.65, -73.75))));

    LocalDate today() {
        return JobPostingRules.today(clock);
    }

    JobPostingInput valid() {
        return new JobPostingInput(
                "Bilingual Care Coordinator",
                CAREER,
                "care coordinator",
                "HYBRID",
                "70",
                "You will *coordinate* care.",
                "FULL_TIME",
                List.of("DAYS", "WEEKENDS"),
                "24.50",
                "$29.00",
                "HOUR",
                "HIGH_SCHOOL",
                "Driver's license",
                "1",
                "Health insurance\nPaid time off",
                List.of("SPANISH"),
                "1.50",
                "40",
                "60",
                true,
                "https://example.org/apply",
                today().plusDays(30).toString());
    }

    JobPostingInput with(java.util.function.UnaryOperator<List<Object>> change) {
        JobPostingInput v = valid();
        List<Object> fields = new java.util.ArrayList<>(List.of(
                v.title(),
                v.career(),
                v.jobTitle(),
                v.workplace(),
                v.site(),
                v.description(),
                v.employmentType(),
                v.schedules(),
                v.payMin(),
                v.payMax(),
                v.payUnit(),
                v.education(),
                v.licenses(),
                v.experience(),
                v.benefits(),
                v.languages(),
                v.bilingualDifferential(),
                v.caseload(),
                v.fieldWork(),
                v.applyOnPortal(),
                v.applyUrl(),
                v.closingDate()));
        fields = change.apply(fields);
        @SuppressWarnings("unchecked")
        JobPostingInput in = new JobPostingInput(
                (String) fields.get(0),
                (String) fields.get(1),
                (String) fields.get(2),
                (String) fields.get(3),
                (String) fields.get(4),
                (String) fields.get(5),
                (String) fields.get(6),
                (List<String>) fields.get(7),
                (String) fields.get(8),
                (String) fields.get(9),
                (String) fields.get(10),
                (String) fields.get(11),
                (String) fields.get(12),
                (String) fields.get(13),
                (String) fields.get(14),
                (List<String>) fields.get(15),
                (String) fields.get(16),
                (String) fields.get(17),
                (String) fields.get(18),
                (Boolean) fields.get(19),
                (String) fields.get(20),
                (String) fields.get(21));
        return in;
    }

    FieldErrors errors(int index, Object value) {
        return rules.check(
                        with(f -> {
                            f.set(index, value);
                            return f;
                        }),
                        ORG)
                .errors();
    }

    @Test
    void acceptsACompletePostingAndCarriesTheTitlesSocCode() {
        JobPostingRules.Checked checked = rules.check(valid(), ORG);
        assertThat(checked.errors().asMap()).isEmpty();
        JobDetails d = checked.details();
        assertThat(d.jobTitle()).isEqualTo("care coordinator");
        assertThat(d.socCode()).isEqualTo("29-2099.08");
        assertThat(d.site().id()).isEqualTo(70);
        assertThat(d.pay().min()).isEqualByComparingTo("24.50");
        assertThat(d.pay().max()).isEqualByComparingTo("29");
        assertThat(d.pay().unit()).isEqualTo(PayUnit.HOUR);
        assertThat(d.schedules()).containsExactlyInAnyOrder(WorkSchedule.DAYS, WorkSchedule.WEEKENDS);
        assertThat(d.languages()).containsExactly(JobLanguage.SPANISH);
        assertThat(d.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
        assertThat(d.education()).isEqualTo(EducationLevel.HIGH_SCHOOL);
        assertThat(d.caseload()).isEqualTo(40);
        assertThat(d.fieldWorkPercent()).isEqualTo(60);
    }

    @Test
    void refusesControlAndTextDirectionCharactersFirstAndLetTextareasBreakLines() {
        assertThat(errors(0, "Care\u202Eoordinator").get("title").key()).isEqualTo(PlainText.UNUSABLE);
        assertThat(errors(0, "Care\nCoordinator").get("title").key()).isEqualTo(PlainText.LINE_BREAK);
        assertThat(errors(5, "Coordinate\u0000 care.").get("description").key()).isEqualTo(PlainText.UNUSABLE);
        assertThat(errors(14, "Dental\u2066 plan").get("benefits").key()).isEqualTo(PlainText.UNUSABLE);
        JobPostingRules.Checked checked = rules.check(
                with(f -> {
                    f.set(5, "First line\r\nSecond\tline");
                    return f;
                }),
                ORG);
        assertThat(checked.errors().asMap()).isEmpty();
        assertThat(checked.details().description()).isEqualTo("First line\nSecond line");
    }

    @Test
    void rejectsAMinimumAboveTheMaximum() {
        assertThat(errors(8, "30").get("payMin").key()).isEqualTo("jobs.error.pay.minAboveMax");
    }

    @Test
    void rejectsZeroAndAbsurdPay() {
        assertThat(errors(8, "0").get("payMin").key()).isEqualTo("jobs.error.pay.zero");
        assertThat(errors(9, "500.01").get("payMax").key()).isEqualTo("jobs.error.pay.absurdHourly");
        FieldErrors yearly = rules.check(
                        with(f -> {
                            f.set(8, "60000");
                            f.set(9, "1000001");
                            f.set(10, "YEAR");
                            return f;
                        }),
                        ORG)
                .errors();
        assertThat(yearly.get("payMax").key()).isEqualTo("jobs.error.pay.absurdYearly");
        assertThat(yearly.has("payMin")).isFalse();
    }

    @Test
    void requiresPayAndItsUnit() {
        assertThat(errors(8, " ").get("payMin").key()).isEqualTo("jobs.error.pay.required");
        assertThat(errors(10, null).get("payUnit").key()).isEqualTo("jobs.error.payUnit.required");
        assertThat(errors(9, "twenty").get("payMax").key()).isEqualTo("jobs.error.pay.invalid");
    }

    @Test
    void rejectsAClosingDateInThePastOrMoreThan90DaysOut() {
        assertThat(errors(21, today().minusDays(1).toString())
                        .get("closingDate")
                        .key())
                .isEqualTo("jobs.error.closingDate.past");
        assertThat(errors(21, today().plusDays(91).toString())
                        .get("closingDate")
                        .key())
                .isEqualTo("jobs.error.closingDate.tooFar");
        assertThat(errors(21, today().plusDays(90).toString()).isEmpty()).isTrue();
        assertThat(errors(21, today().toString()).isEmpty()).isTrue();
        assertThat(errors(21, "31/12/2026").get("closingDate").key()).isEqualTo("jobs.error.closingDate.format");
    }

    @Test
    void readsTodayInNewYork() {
        // 2026-01-05T09:00Z is 04:00 in New York; at 03:00Z on the 6th it is still the 5th there.
        clock.advance(Duration.ofHours(18));
        assertThat(today()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void rejectsASiteOfAnotherOrganization() {
        assertThat(errors(4, "71").get("site").key()).isEqualTo(JobPostingRules.SITE_NOT_OPEN);
        assertThat(errors(4, "x").get("site").key()).isEqualTo("jobs.error.site.notYours");
        assertThat(errors(4, null).get("site").key()).isEqualTo("jobs.error.site.required");
    }

    @Test
    void rejectsAnApplyAddressThatIsNotHttp() {
        assertThat(errors(20, "javascript:alert(1)").get("applyUrl").key()).isEqualTo("jobs.error.applyUrl.invalid");
        assertThat(errors(20, "ftp://example.org/x").get("applyUrl").key()).isEqualTo("jobs.error.applyUrl.invalid");
        assertThat(errors(20, "http://example.org/x").isEmpty()).isTrue();
    }

    JobPostingInput applying(boolean onPortal, String url) {
        return with(f -> {
            f.set(19, onPortal);
            f.set(20, url);
            return f;
        });
    }

    @Test
    void needsAtLeastOneWayToApply() {
        FieldErrors neither = rules.check(applying(false, null), ORG).errors();
        assertThat(neither.get("applyUrl").key()).isEqualTo("jobs.error.apply.none");
        assertThat(rules.check(applying(false, "  "), ORG)
                        .errors()
                        .get("applyUrl")
                        .key())
                .isEqualTo("jobs.error.apply.none");

        JobPostingRules.Checked portalOnly = rules.check(applying(true, null), ORG);
        assertThat(portalOnly.errors().asMap()).isEmpty();
        assertThat(portalOnly.details().applyOnPortal()).isTrue();
        assertThat(portalOnly.details().applyUrl()).isNull();

        JobPostingRules.Checked addressOnly = rules.check(applying(false, "https://example.org/apply"), ORG);
        assertThat(addressOnly.errors().asMap()).isEmpty();
        assertThat(addressOnly.details().applyOnPortal()).isFalse();

        assertThat(rules.check(applying(true, "https://example.org/apply"), ORG)
                        .errors()
                        .asMap())
                .isEmpty();
    }

    @Test
    void anAddressGivenBesideThePortalMustStillBeAWebAddress() {
        assertThat(rules.check(applying(true, "javascript:alert(1)"), ORG)
                        .errors()
                        .get("applyUrl")
                        .key())
                .isEqualTo("jobs.error.applyUrl.invalid");
    }

    @Test
    void rejectsMissingRequiredFields() {
        JobPostingInput blank = new JobPostingInput(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, false, null, null);
        assertThat(rules.check(blank, ORG).errors().asMap())
                .containsKeys(
                        "title",
                        "career",
                        "jobTitle",
                        "workplace",
                        "site",
                        "description",
                        "employmentType",
                        "schedules",
                        "payMin",
                        "payMax",
                        "payUnit",
                        "education",
                        "applyUrl",
                        "closingDate");
    }

    @Test
    void acceptsOnlyTheChosenCareersTitles() {
        assertThat(errors(2, "Staff Nurse").get("jobTitle").key()).isEqualTo("jobs.error.jobTitle.notOfCareer");
        assertThat(errors(1, "astronaut").get("career").key()).isEqualTo("jobs.error.career.unknown");
    }

    @Test
    void wantsLanguagesForABilingualDifferential() {
        assertThat(errors(15, List.of()).get("bilingualDifferential").key())
                .isEqualTo("jobs.error.bilingualDifferential.noLanguage");
    }

    @Test
    void checksOptionalCaseloadAndFieldWorkRanges() {
        assertThat(errors(17, "0").get("caseload").key()).isEqualTo("jobs.error.caseload.range");
        assertThat(errors(18, "101").get("fieldWork").key()).isEqualTo("jobs.error.fieldWork.range");
        assertThat(errors(17, "").isEmpty()).isTrue();
    }

    @Test
    void renewalMustMoveTheDateOnWithin90Days() {
        LocalDate current = today().plusDays(5);
        assertThat(rules.checkRenewal(today().plusDays(3).toString(), current)
                        .get("closingDate")
                        .key())
                .isEqualTo("jobs.error.closingDate.notLater");
        assertThat(rules.checkRenewal(today().plusDays(95).toString(), current)
                        .get("closingDate")
                        .key())
                .isEqualTo("jobs.error.closingDate.tooFar");
        assertThat(rules.checkRenewal(today().plusDays(60).toString(), current).isEmpty())
                .isTrue();
    }
}
