package org.healthcareershub.trainings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.healthcareershub.trainings.TrainingStatus;

/** The staff form for one program. Start dates and job titles are one per line. */
record EditTrainingForm(
        @Pattern(regexp = "([a-z0-9][a-z0-9-]{0,119})?", message = "{admin.error.externalId}")
        String externalId,

        @NotBlank(message = "{admin.error.required}") @Size(max = 300, message = "{admin.error.tooLong}")
        String title,

        @NotBlank(message = "{admin.error.required}") @Size(max = 300, message = "{admin.error.tooLong}")
        String provider,

        @Pattern(regexp = "(https?://\\S{3,990})?", message = "{admin.error.url}")
        String providerUrl,

        @Size(max = 4000, message = "{admin.error.tooLong}") String description,
        String credentialType,
        String deliveryMode,
        @Size(max = 300, message = "{admin.error.tooLong}") String street,
        @Size(max = 120, message = "{admin.error.tooLong}") String city,

        @Pattern(regexp = "(\\d{5})?", message = "{admin.error.zip}")
        String zip,

        String lengthHours,

        String lengthWeeks,

        String cost,
        Set<String> schedules,
        @Size(max = 1000, message = "{admin.error.tooLong}") String startDates,
        @Size(max = 2000, message = "{admin.error.tooLong}") String prerequisites,
        Set<String> funding,
        Set<String> careers,
        @Size(max = 2000, message = "{admin.error.tooLong}") String jobTitles,

        @Pattern(regexp = "(https?://\\S{3,990})?", message = "{admin.error.url}")
        String url,

        String featured,
        String status,
        String sample) {

    static EditTrainingForm blank() {
        return new EditTrainingForm(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "unknown",
                Set.of(),
                null,
                null,
                Set.of(),
                Set.of(),
                null,
                null,
                "false",
                TrainingStatus.DRAFT.name(),
                "false");
    }
}
