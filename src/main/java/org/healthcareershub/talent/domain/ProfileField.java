package org.healthcareershub.talent.domain;

/**
 * A detail of a seeker's profile that the seeker may let organizations see in the talent search. The email
 * address and the phone number are none of them: a seeker shares those only when they answer a message.
 */
public enum ProfileField {
    /** The first three digits of the ZIP code and its New York region, never the whole code. */
    AREA,
    EDUCATION,
    EXPERIENCE,
    LICENSES,
    CAREERS
}
