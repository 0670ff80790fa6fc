package org.healthcareershub.jobs;

import java.util.List;

/** One of an organization's postings with the interest people expressed in it, newest first. */
public record PostingInterest(long postingId, String title, boolean open, List<InterestView> interests) {

    public PostingInterest {
        interests = List.copyOf(interests);
    }
}
