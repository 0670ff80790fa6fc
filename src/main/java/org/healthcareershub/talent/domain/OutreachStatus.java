package org.healthcareershub.talent.domain;

/** Where an organization's message to a seeker stands. */
public enum OutreachStatus {
    /** Sent, and the seeker has neither replied nor declined. */
    UNANSWERED,
    /** The seeker replied, sharing what they ticked. */
    REPLIED,
    /** The seeker said no. */
    DECLINED
}
