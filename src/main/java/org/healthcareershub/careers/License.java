package org.healthcareershub.careers;

/** Professional licenses the eligibility rules know. */
public enum License {
    RN,
    LPN,
    LMSW,
    LCSW
}
