package org.healthcareershub.trainings;

/** What a program leads to. */
public enum CredentialType {
    CERTIFICATE,
    DEGREE,
    CERTIFICATION,
    PROFESSIONAL_DEVELOPMENT,
    APPRENTICESHIP
}
