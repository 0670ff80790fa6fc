package org.healthcareershub.talent;

/** What an organization did with a seeker's visibility, as the seeker's access log lists it. */
public enum AccessKind {
    /** The seeker was among the organization's talent search results (logged once a day per organization). */
    SEEN_IN_SEARCH,
    /** The organization sent the seeker a message. */
    CONTACTED
}
