package org.healthcareershub.employers;

import java.time.Instant;

/** An organization as staff and its own accounts see it: where it stands, and why if it was turned down. */
public record Organization(
        long id,
        String slug,
        String name,
        String website,
        VerificationState state,
        String rejectionReason,
        Instant registeredAt,
        boolean sample) {

    public boolean isPublic() {
        return state == VerificationState.VERIFIED;
    }
}
