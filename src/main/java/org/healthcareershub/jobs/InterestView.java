package org.healthcareershub.jobs;

import java.time.Instant;

/**
 * An expression of interest as the seeker and the organization see it: the posting, what the seeker shared
 * (name, email, the ticked profile details, the note) and the stage. {@code postingOpen} says whether the
 * posting is still on the job board.
 */
public record InterestView(
        long id,
        long postingId,
        String postingTitle,
        String employerName,
        boolean postingOpen,
        String name,
        String email,
        SharedProfile shared,
        String note,
        InterestStage stage,
        Instant expressedAt,
        Instant changedAt) {}
