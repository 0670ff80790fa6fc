package org.healthcareershub.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.careers.License;

/** What a seeker tells about themselves: where they are, what they bring, which careers interest them. */
@Entity
@Table(name = "seeker_profile")
public class SeekerProfile {

    @Id
    private Long accountId;

    private String zip;

    @Enumerated(EnumType.STRING)
    private EducationLevel educationLevel;

    private Integer yearsExperience;

    @ElementCollection
    @CollectionTable(name = "seeker_license", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "license_code")
    @Enumerated(EnumType.STRING)
    private Set<License> licenses = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "seeker_career", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "career_slug")
    private Set<String> careers = new LinkedHashSet<>();

    private Instant updatedAt;

    protected SeekerProfile() {}

    SeekerProfile(long accountId) {
        this.accountId = accountId;
        this.updatedAt = Instant.now();
    }

    void update(
            String zip,
            EducationLevel educationLevel,
            Collection<License> licenses,
            Integer yearsExperience,
            Collection<String> careers) {
        this.zip = zip;
        this.educationLevel = educationLevel;
        this.licenses.clear();
        this.licenses.addAll(licenses);
        this.yearsExperience = yearsExperience;
        this.careers.clear();
        this.careers.addAll(careers);
        this.updatedAt = Instant.now();
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getZip() {
        return zip;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public Integer getYearsExperience() {
        return yearsExperience;
    }

    public Set<License> getLicenses() {
        return new TreeSet<>(licenses);
    }

    public Set<String> getCareers() {
        return new TreeSet<>(careers);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
