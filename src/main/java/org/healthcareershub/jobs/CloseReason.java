package org.healthcareershub.jobs;

import java.util.List;

/**
 * Why a posting was taken down before its closing date: the organization closed it (filled or withdrawn),
 * staff took it down after reports, or staff suspended the organization. Stored by name in
 * {@code job_posting.close_reason} (at most 20 characters).
 */
public enum CloseReason {
    FILLED,
    WITHDRAWN,
    /** Staff took it down after reports, with a reason its organization is told ({@link JobModeration}). */
    UNPUBLISHED,
    /**
     * Staff took the organization out of the public (suspended it): the posting comes back if they verify the
     * organization again before its closing date. Never chosen by the organization.
     */
    SUSPENDED;

    /** The reasons an organization gives when it closes a posting itself. */
    public static List<CloseReason> employerChoices() {
        return List.of(FILLED, WITHDRAWN);
    }
}
