package org.healthcareershub.trainings;

/**
 * Where the learning happens. {@link #UNKNOWN} is a program whose format nobody has confirmed: it is never
 * passed off as online, and it may have a place or not.
 */
public enum DeliveryMode {
    IN_PERSON,
    ONLINE,
    HYBRID,
    UNKNOWN;

    /** Whether a program taught this way must say where it meets. */
    public boolean needsPlace() {
        return this == IN_PERSON || this == HYBRID;
    }
}
