package org.healthcareershub.talent.domain;

/** Where a seeker's consent to be found stands; lapsing is not a state but {@code endsAt} passing. */
public enum VisibilityState {
    VISIBLE,
    PAUSED,
    WITHDRAWN
}
