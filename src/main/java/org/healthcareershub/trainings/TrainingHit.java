package org.healthcareershub.trainings;

import java.util.Set;

/** One program in a result list. {@code distanceMiles} is null when no place was given or it is online. */
public record TrainingHit(
        long id,
        String title,
        String provider,
        CredentialType credentialType,
        DeliveryMode deliveryMode,
        Integer lengthHours,
        Integer lengthWeeks,
        Cost cost,
        String city,
        String state,
        Double distanceMiles,
        Set<Schedule> schedules,
        java.util.List<String> jobTitles,
        boolean featured,
        boolean sample) {}
