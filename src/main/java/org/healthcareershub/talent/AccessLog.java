package org.healthcareershub.talent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.employers.HiringOrganizations;
import org.healthcareershub.identity.AccountDeleted;
import org.healthcareershub.talent.domain.AccessEntries;
import org.healthcareershub.talent.domain.AccessEntry;
import org.healthcareershub.talent.domain.Handles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every use organizations made of a seeker's visibility, which the seeker reads on their visibility page:
 * who saw them in search results (once a day per organization, in New York's calendar) and who contacted
 * them. Entries are never changed; they go when the seeker's account is deleted.
 */
@Service
public class AccessLog {

    /** One entry as the seeker sees it; the organization's name is null when it no longer exists. */
    public record Access(AccessKind kind, long organizationId, String organizationName, Instant at) {}

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final AccessEntries entries;
    private final Handles handles;
    private final HiringOrganizations organizations;
    private final Clock clock;

    AccessLog(AccessEntries entries, Handles handles, HiringOrganizations organizations, Clock clock) {
        this.entries = entries;
        this.handles = handles;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Records one use now (outreach records {@link AccessKind#CONTACTED} with each message it sends). */
    @Transactional
    public void record(AccessKind kind, long organizationId, long seekerAccountId) {
        entries.save(new AccessEntry(
                kind, organizationId, seekerAccountId, handles.of(organizationId, seekerAccountId), clock.instant()));
    }

    /** Records that the organization saw these seekers in its results, skipping those it already saw today. */
    @Transactional
    public void recordSeen(long organizationId, Collection<Long> seekerAccountIds) {
        if (seekerAccountIds.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Instant today =
                LocalDate.ofInstant(now, NEW_YORK).atStartOfDay(NEW_YORK).toInstant();
        Set<Long> logged = new HashSet<>(
                entries.findLoggedSince(AccessKind.SEEN_IN_SEARCH, organizationId, seekerAccountIds, today));
        entries.saveAll(seekerAccountIds.stream()
                .distinct()
                .filter(id -> !logged.contains(id))
                .map(id -> new AccessEntry(
                        AccessKind.SEEN_IN_SEARCH, organizationId, id, handles.of(organizationId, id), now))
                .toList());
    }

    /** The seeker's log, newest first. */
    @Transactional(readOnly = true)
    public List<Access> of(long seekerAccountId) {
        List<AccessEntry> found = entries.findBySeekerIdOrderByAtDescIdDesc(seekerAccountId);
        Map<Long, String> names = found.stream()
                .map(AccessEntry::getEmployerId)
                .distinct()
                .map(organizations::find)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(HiringOrganization::id, HiringOrganization::name));
        return found.stream()
                .map(e -> new Access(e.getKind(), e.getEmployerId(), names.get(e.getEmployerId()), e.getAt()))
                .toList();
    }

    /** A deleted account's log goes with it, in the deleting transaction. */
    @EventListener
    @Transactional
    void forget(AccountDeleted deleted) {
        entries.deleteBySeeker(deleted.accountId());
    }
}
