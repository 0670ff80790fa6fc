package org.healthcareershub.jobs;

/**
 * An organization moved a seeker's expression of interest to another stage. Published in the transaction
 * that moves it; accounts tells the seeker by email (unless they turned that off). Carries no personal data,
 * so it can be logged.
 *
 * @param interestId the expression of interest
 * @param accountId the seeker's account
 * @param postingId the posting it is for
 * @param postingTitle the posting's title, as the mail names it
 * @param employerName the organization's name
 * @param stage the new stage
 */
public record InterestStageChanged(
        long interestId,
        long accountId,
        long postingId,
        String postingTitle,
        String employerName,
        InterestStage stage) {}
