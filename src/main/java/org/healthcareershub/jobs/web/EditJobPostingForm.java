package org.healthcareershub.jobs.web;

import java.util.List;
import org.healthcareershub.jobs.domain.JobPostingInput;

/** The posting editor's form as typed; {@code JobPostingRules} checks it. */
record EditJobPostingForm(
        String title,
        String career,
        String jobTitle,
        String workplace,
        String site,
        String description,
        String employmentType,
        List<String> schedules,
        String payMin,
        String payMax,
        String payUnit,
        String education,
        String licenses,
        String experience,
        String benefits,
        List<String> languages,
        String bilingualDifferential,
        String caseload,
        String fieldWork,
        String applyOnPortal,
        String applyUrl,
        String closingDate) {

    JobPostingInput input() {
        return new JobPostingInput(
                title,
                career,
                jobTitle,
                workplace,
                site,
                description,
                employmentType,
                schedules,
                payMin,
                payMax,
                payUnit,
                education,
                licenses,
                experience,
                benefits,
                languages,
                bilingualDifferential,
                caseload,
                fieldWork,
                "true".equals(applyOnPortal),
                applyUrl,
                closingDate);
    }

    static EditJobPostingForm of(JobPostingInput in) {
        return new EditJobPostingForm(
                in.title(),
                in.career(),
                in.jobTitle(),
                in.workplace(),
                in.site(),
                in.description(),
                in.employmentType(),
                in.schedules(),
                in.payMin(),
                in.payMax(),
                in.payUnit(),
                in.education(),
                in.licenses(),
                in.experience(),
                in.benefits(),
                in.languages(),
                in.bilingualDifferential(),
                in.caseload(),
                in.fieldWork(),
                in.applyOnPortal() ? "true" : null,
                in.applyUrl(),
                in.closingDate());
    }
}
