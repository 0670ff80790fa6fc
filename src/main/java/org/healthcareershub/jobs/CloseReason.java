package org.healthcareershub.jobs;

import java.util.Arrays;
import java.util.List;

/** Why a posting was taken down before its closing date: by its organization, or by staff. */
public enum CloseReason {
    FILLED,
    WITHDRAWN,
    /** Staff took it down after reports, with a reason its organization is told ({@link JobModeration}). */
    UNPUBLISHED;

    /** The reasons an organization may give when it closes its own posting. */
    public static List<CloseReason> byOrganization() {
        return Arrays.stream(values()).filter(r -> r != UNPUBLISHED).toList();
    }
}
