package org.healthcareershub.talent.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A seeker's consent to be found by verified organizations, with its terms. Off unless the seeker turned it
 * on; pausing, withdrawing and the end date passing each stop it at once (searches and reach read
 * {@link #isActiveAt(Instant)}). Withdrawing keeps the row (the access log still names the seeker) but
 * forgets the terms' choices until the seeker opts in again.
 */
@Entity
@Table(name = "talent_visibility")
public class Visibility {

    /** How long before the end the seeker is mailed that it is coming. */
    public static final Duration WARNING = Duration.ofDays(7);

    @Id
    private Long seekerId;

    @Enumerated(EnumType.STRING)
    private VisibilityState state;

    private String regions;
    private Integer radiusMiles;
    private String careers;
    private String fields;
    private Instant endsAt;
    private Instant lapseWarnedAt;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Visibility() {}

    Visibility(long seekerId, Instant now) {
        this.seekerId = seekerId;
        this.state = VisibilityState.WITHDRAWN;
        this.careers = "";
        this.fields = "";
        this.endsAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Turns visibility on (again) with these terms, from now until their number of days has passed. A seeker
     * who changes the terms of a visibility they have keeps its end date unless they chose a period, and a
     * paused one stays paused.
     */
    void optIn(VisibilityTerms terms, Instant now) {
        boolean current = state != VisibilityState.WITHDRAWN;
        if (terms.days() == null && !current) {
            throw new IllegalArgumentException("A first opt-in needs a period");
        }
        this.regions = terms.regions().isEmpty() ? null : join(terms.regions());
        this.radiusMiles = terms.radiusMiles();
        this.careers = join(terms.careers());
        this.fields = join(terms.fields().stream().map(Enum::name).toList());
        if (terms.days() != null) {
            this.endsAt = now.plus(Duration.ofDays(terms.days()));
            this.lapseWarnedAt = null;
        }
        if (state != VisibilityState.PAUSED) {
            this.state = VisibilityState.VISIBLE;
        }
        this.updatedAt = now;
    }

    /** Starts the period again from now with the same terms; a lapsed visibility is on again. */
    void renew(Duration period, Instant now) {
        this.endsAt = now.plus(period);
        this.lapseWarnedAt = null;
        this.updatedAt = now;
    }

    /** Pauses until the seeker resumes; the end date stays. */
    void pause(Instant now) {
        if (state == VisibilityState.VISIBLE) {
            state = VisibilityState.PAUSED;
            updatedAt = now;
        }
    }

    void resume(Instant now) {
        if (state == VisibilityState.PAUSED) {
            state = VisibilityState.VISIBLE;
            updatedAt = now;
        }
    }

    /** Stops at once and forgets the choices. */
    void withdraw(Instant now) {
        state = VisibilityState.WITHDRAWN;
        regions = null;
        radiusMiles = null;
        careers = "";
        fields = "";
        endsAt = now;
        lapseWarnedAt = null;
        updatedAt = now;
    }

    /** Whether organizations may find and reach the seeker now: on, not paused, not past its end. */
    public boolean isActiveAt(Instant now) {
        return state == VisibilityState.VISIBLE && now.isBefore(endsAt);
    }

    /** Whether the seeker's terms ran out (they did not withdraw): renewing turns it on again. */
    public boolean hasLapsedAt(Instant now) {
        return state != VisibilityState.WITHDRAWN && !now.isBefore(endsAt);
    }

    public boolean allows(ProfileField field) {
        return getFields().contains(field);
    }

    public Long getSeekerId() {
        return seekerId;
    }

    public VisibilityState getState() {
        return state;
    }

    public Set<String> getRegions() {
        return split(regions);
    }

    public Integer getRadiusMiles() {
        return radiusMiles;
    }

    public Set<String> getCareers() {
        return split(careers);
    }

    public Set<ProfileField> getFields() {
        Set<ProfileField> set = EnumSet.noneOf(ProfileField.class);
        split(fields).forEach(f -> set.add(ProfileField.valueOf(f)));
        return set;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getLapseWarnedAt() {
        return lapseWarnedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    private static String join(java.util.Collection<String> values) {
        return String.join(",", new TreeSet<>(values));
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isEmpty()
                ? Set.of()
                : Arrays.stream(joined.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }
}
