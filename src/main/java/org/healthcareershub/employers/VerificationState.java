package org.healthcareershub.employers;

/** Where an organization stands with staff; only VERIFIED ones are listed publicly. */
public enum VerificationState {
    UNVERIFIED,
    PENDING,
    VERIFIED,
    REJECTED,
    SUSPENDED
}
