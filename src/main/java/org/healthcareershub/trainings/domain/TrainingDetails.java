package org.healthcareershub.trainings.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.healthcareershub.geo.Location;
import org.healthcareershub.trainings.Cost;
import org.healthcareershub.trainings.CredentialType;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.FundingOption;
import org.healthcareershub.trainings.Schedule;
import org.healthcareershub.trainings.TrainingStatus;

/**
 * The describable fields of a program, as one comparable value (used by the import and the editor).
 * {@code location} is null for an online program.
 */
public record TrainingDetails(
        String title,
        String description,
        CredentialType credentialType,
        DeliveryMode deliveryMode,
        Location location,
        Integer lengthHours,
        Integer lengthWeeks,
        Cost cost,
        Set<Schedule> schedules,
        List<LocalDate> startDates,
        String prerequisites,
        Set<FundingOption> funding,
        Set<String> careers,
        List<String> jobTitles,
        String url,
        boolean featured,
        TrainingStatus status,
        boolean sample) {}
