package org.healthcareershub.employers.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.healthcareershub.employers.VerificationState;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** An organization that hires for health careers, with its sites. */
@Entity
@Table(name = "employer")
@Indexed(index = "employer")
public class Employer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(unique = true)
    private String slug;

    @FullTextField(analyzer = "english")
    @KeywordField(name = "name_sort", normalizer = "lowercase", sortable = Sortable.YES)
    private String name;

    @FullTextField(analyzer = "english")
    private String description;

    @ElementCollection
    @CollectionTable(name = "employer_setting", joinColumns = @JoinColumn(name = "employer_id"))
    @Column(name = "setting_code")
    @KeywordField(aggregable = Aggregable.YES)
    private Set<String> settings = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "employer_career", joinColumns = @JoinColumn(name = "employer_id"))
    @Column(name = "career_slug")
    @KeywordField(aggregable = Aggregable.YES)
    private Set<String> careers = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "employer_language", joinColumns = @JoinColumn(name = "employer_id"))
    @Column(name = "language_code")
    private Set<String> languages = new TreeSet<>();

    private String website;
    private String contactEmail;
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private VerificationState verification;

    private boolean sample;

    private String rejectionReason;

    /** Null for rows loaded before sign-up existed (the demo data). */
    private Instant createdAt;

    /** When staff first listed the organization (null: never, or listed before this was recorded). */
    @GenericField(sortable = Sortable.YES)
    private Instant listedAt;

    @OneToMany(mappedBy = "employer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Site> sites = new ArrayList<>();

    protected Employer() {}

    public Employer(
            String slug,
            String name,
            String description,
            Set<String> settings,
            Set<String> careers,
            String website,
            String contactEmail,
            String contactPhone,
            VerificationState verification,
            boolean sample) {
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.settings = new TreeSet<>(settings);
        this.careers = new TreeSet<>(careers);
        this.website = website;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.verification = verification;
        this.sample = sample;
        this.createdAt = Instant.now();
    }

    public void addSite(Site site) {
        site.belongTo(this);
        sites.add(site);
    }

    /**
     * What the organization says about itself, from its portal. Staff's verification is not undone: a
     * verified organization's page shows the change at once.
     */
    public void describe(
            String description, String website, Set<String> settings, Set<String> careers, Set<String> languages) {
        this.description = description;
        this.website = website;
        this.settings.clear();
        this.settings.addAll(settings);
        this.careers.clear();
        this.careers.addAll(careers);
        this.languages.clear();
        this.languages.addAll(languages);
    }

    /** A rejected organization that fixed its profile asks staff to look again: it waits in the queue. */
    public void resubmit() {
        if (verification != VerificationState.REJECTED) {
            throw new IllegalStateException("Employer " + id + " is " + verification + ", not rejected");
        }
        verification = VerificationState.PENDING;
    }

    public boolean isPublic() {
        return verification == VerificationState.VERIFIED;
    }

    /**
     * Lists the organization publicly; staff may verify any organization that is not yet verified. The first
     * listing's time is kept: a suspended organization listed again is not new.
     */
    public void verify(Instant now) {
        if (verification == VerificationState.VERIFIED) {
            throw new IllegalStateException("Employer " + id + " is already verified");
        }
        verification = VerificationState.VERIFIED;
        rejectionReason = null;
        if (listedAt == null) {
            listedAt = now;
        }
    }

    /** Turns down an organization that waits for verification; the reason is told to its accounts. */
    public void reject(String reason) {
        if (verification != VerificationState.PENDING && verification != VerificationState.UNVERIFIED) {
            throw new IllegalStateException("Employer " + id + " is " + verification + ", not waiting");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        verification = VerificationState.REJECTED;
        rejectionReason = reason.strip();
    }

    /** Takes a listed or waiting organization out of the directory until staff verify it again. */
    public void suspend() {
        if (verification == VerificationState.SUSPENDED || verification == VerificationState.REJECTED) {
            throw new IllegalStateException("Employer " + id + " is " + verification);
        }
        verification = VerificationState.SUSPENDED;
    }

    public VerificationState verification() {
        return verification;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Instant listedAt() {
        return listedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Points the organization's contact address elsewhere if it is {@code old} (null: no contact address). */
    public void replaceContactEmail(String old, String replacement) {
        if (contactEmail != null && contactEmail.equalsIgnoreCase(old)) {
            contactEmail = replacement;
        }
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Set<String> settings() {
        return settings;
    }

    public Set<String> careers() {
        return careers;
    }

    public String website() {
        return website;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public boolean sample() {
        return sample;
    }

    /** Every site, closed ones included (the portal lists them; postings may still name them). */
    public List<Site> sites() {
        return sites;
    }

    /** The sites still open: the only ones the directory searches near and shows. */
    public List<Site> openSites() {
        return getOpenSites();
    }

    /**
     * What the index embeds as {@code sites}: the open ones. Hibernate Search cannot trace a filtered list
     * back to the sites' changes, so whoever adds, moves or closes a site reindexes the employer
     * ({@link EmployerPortal}); a change to the employer itself reindexes it anyway. A JavaBean getter
     * because Hibernate Search maps only fields and getters.
     */
    @IndexedEmbedded(
            name = "sites",
            includePaths = {"location", "region", "city"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    List<Site> getOpenSites() {
        return sites.stream().filter(Site::isOpen).toList();
    }

    public Set<String> languages() {
        return languages;
    }
}
