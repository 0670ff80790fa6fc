package org.healthcareershub.talent;

import java.time.Clock;
import java.util.Optional;
import org.healthcareershub.accounts.Seekers;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.talent.domain.AccessEntries;
import org.healthcareershub.talent.domain.Handles;
import org.healthcareershub.talent.domain.ReachPolicy;
import org.healthcareershub.talent.domain.Visibilities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which seekers an organization may reach, and the pseudonym it knows each by. The outreach part of the module
 * asks here before it lets a message go; the talent search decides with the same {@link ReachPolicy}, so a
 * seeker who cannot be found cannot be written to either.
 */
@Service
@Transactional(readOnly = true)
public class TalentDirectory {

    private final Visibilities visibilities;
    private final Seekers seekers;
    private final HiringOrganizations organizations;
    private final ReachPolicy policy;
    private final Handles handles;
    private final AccessEntries entries;
    private final Clock clock;

    TalentDirectory(
            Visibilities visibilities,
            Seekers seekers,
            HiringOrganizations organizations,
            ReachPolicy policy,
            Handles handles,
            AccessEntries entries,
            Clock clock) {
        this.visibilities = visibilities;
        this.seekers = seekers;
        this.organizations = organizations;
        this.policy = policy;
        this.handles = handles;
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Whether the organization may reach the seeker now: the seeker opted in and has not paused, withdrawn or
     * let it lapse, is an active seeker, the organization is verified and has an open site where the seeker
     * allows. False for unknown ids.
     */
    public boolean isReachable(long seekerAccountId, long organizationId) {
        return visibilities
                .findById(seekerAccountId)
                .filter(v -> policy.allows(
                        v,
                        seekers.profile(seekerAccountId).orElse(null),
                        organizations.find(organizationId).orElse(null),
                        clock.instant()))
                .isPresent();
    }

    /** The careers the seeker wants to hear about; none when they are not visible. */
    public java.util.Set<String> careersOf(long seekerAccountId) {
        return visibilities
                .findById(seekerAccountId)
                .map(org.healthcareershub.talent.domain.Visibility::getCareers)
                .orElse(java.util.Set.of());
    }

    /**
     * The handle under which the organization knows the seeker ("K7MQ-2XPA"): the same every time for the
     * pair, different for every other organization, and telling nothing of the seeker without the secret.
     */
    public String handleFor(long seekerAccountId, long organizationId) {
        return handles.of(organizationId, seekerAccountId);
    }

    /**
     * The seeker an organization names by a handle, if the organization has seen them in its search results
     * or contacted them (the access log holds the handle); empty for any other handle, including a real
     * seeker's handle the organization never saw. Says nothing about whether they are reachable now.
     */
    public Optional<Long> seekerFor(long organizationId, String handle) {
        if (!Handles.isHandle(handle)) {
            return Optional.empty();
        }
        return entries.findSeekersByHandle(organizationId, handle).stream()
                .filter(seeker -> handles.of(organizationId, seeker).equals(handle))
                .findFirst();
    }
}
