package org.healthcareershub.jobs.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;
import org.healthcareershub.jobs.InterestStage;
import org.healthcareershub.jobs.SharedProfile;

/**
 * A seeker's expression of interest in a posting: a copy of what they chose to share when they expressed
 * it, their note, and the stage the organization moved it to. The seeker withdraws it; the organization
 * moves it; neither changes what was shared.
 */
@Entity
@Table(name = "job_interest")
public class JobInterest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long postingId;
    private long employerId;
    private long accountId;
    private String seekerName;
    private String seekerEmail;
    private String sharedZip;

    @Enumerated(EnumType.STRING)
    private EducationLevel sharedEducation;

    private String sharedLicenses;
    private Integer sharedYears;
    private String sharedCareers;
    private String note;

    @Enumerated(EnumType.STRING)
    private InterestStage stage;

    private Instant createdAt;
    private Instant updatedAt;

    /** The seeker's withdrawal and the organization's move must not overwrite each other. */
    @Version
    private long version;

    protected JobInterest() {}

    public JobInterest(
            JobPosting posting,
            long accountId,
            String name,
            String email,
            SharedProfile shared,
            String note,
            Instant now) {
        this.postingId = posting.id();
        this.employerId = posting.employerId();
        this.accountId = accountId;
        this.seekerName = name;
        this.seekerEmail = email;
        this.sharedZip = shared.zip();
        this.sharedEducation = shared.education();
        this.sharedLicenses = join(shared.licenses().stream().map(Enum::name).collect(Collectors.toSet()));
        this.sharedYears = shared.years();
        this.sharedCareers = join(shared.careers());
        this.note = note;
        this.stage = InterestStage.NEW;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The organization moves it; false when nothing changed (the same stage, or the seeker withdrew). */
    public boolean moveTo(InterestStage next, Instant now) {
        if (!InterestStage.BY_ORGANIZATION.contains(next)) {
            throw new IllegalArgumentException("An organization cannot move interest to " + next);
        }
        if (stage == InterestStage.WITHDRAWN || stage == next) {
            return false;
        }
        stage = next;
        updatedAt = now;
        return true;
    }

    /**
     * The seeker takes it back; false when it was no longer open. The organization keeps only the name and
     * address it was mailed: the profile details and the note the seeker shared are forgotten.
     */
    public boolean withdraw(Instant now) {
        if (!stage.open()) {
            return false;
        }
        stage = InterestStage.WITHDRAWN;
        sharedZip = null;
        sharedEducation = null;
        sharedLicenses = null;
        sharedYears = null;
        sharedCareers = null;
        note = null;
        updatedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public long postingId() {
        return postingId;
    }

    public long employerId() {
        return employerId;
    }

    public long accountId() {
        return accountId;
    }

    public String name() {
        return seekerName;
    }

    public String email() {
        return seekerEmail;
    }

    public String note() {
        return note;
    }

    public InterestStage stage() {
        return stage;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public SharedProfile shared() {
        Set<License> licenses = EnumSet.noneOf(License.class);
        split(sharedLicenses).forEach(code -> licenses.add(License.valueOf(code)));
        return new SharedProfile(sharedZip, sharedEducation, licenses, sharedYears, split(sharedCareers));
    }

    private static String join(Set<String> values) {
        return values.isEmpty() ? null : String.join(",", new TreeSet<>(values));
    }

    private static Set<String> split(String codes) {
        return codes == null || codes.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(codes.split(",")));
    }
}
