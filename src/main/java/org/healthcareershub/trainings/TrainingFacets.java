package org.healthcareershub.trainings;

import java.util.Map;

/**
 * How many results each filter value would give, counted with every other active filter applied (so a
 * value's count is what choosing it would show). Cost buckets are keyed "free", "500", "1000", "2500".
 */
public record TrainingFacets(
        Map<CredentialType, Long> types,
        Map<DeliveryMode, Long> modes,
        Map<Schedule, Long> schedules,
        Map<String, Long> careers,
        Map<String, Long> costs) {}
