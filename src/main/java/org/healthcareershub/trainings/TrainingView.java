package org.healthcareershub.trainings;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Everything a program's page shows. */
public record TrainingView(
        long id,
        String title,
        String provider,
        String providerUrl,
        String description,
        CredentialType credentialType,
        DeliveryMode deliveryMode,
        String street,
        String city,
        String state,
        String zip,
        String region,
        Double latitude,
        Double longitude,
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
        boolean sample,
        TrainingStatus status,
        LocalDate lastUpdated,
        String ctid) {

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }
}
