package org.healthcareershub.jobs;

import java.util.List;

/**
 * Where an expression of interest stands. It starts NEW; the organization moves it through reviewing,
 * interview and offer to hired or not selected (and back, to correct a slip); the seeker may withdraw it
 * while it is still open. A withdrawn one stays withdrawn.
 */
public enum InterestStage {
    NEW,
    REVIEWING,
    INTERVIEW,
    OFFER,
    HIRED,
    NOT_SELECTED,
    WITHDRAWN;

    /** The stages an organization may move interest to, in order. */
    public static final List<InterestStage> BY_ORGANIZATION = List.of(REVIEWING, INTERVIEW, OFFER, HIRED, NOT_SELECTED);

    /** Whether the process is still going on: the seeker may withdraw. */
    public boolean open() {
        return this == NEW || this == REVIEWING || this == INTERVIEW || this == OFFER;
    }
}
