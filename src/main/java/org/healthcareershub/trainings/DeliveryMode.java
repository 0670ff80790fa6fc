package org.healthcareershub.trainings;

/** Where the learning happens. */
public enum DeliveryMode {
    IN_PERSON,
    ONLINE,
    HYBRID
}
