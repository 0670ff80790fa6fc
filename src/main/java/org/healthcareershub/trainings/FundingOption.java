package org.healthcareershub.trainings;

/** Ways a learner's costs can be covered. */
public enum FundingOption {
    WIOA,
    EMPLOYER_PAID,
    CAREER_PATHWAYS,
    PELL,
    SCHOLARSHIP,
    APPRENTICESHIP_WAGE
}
