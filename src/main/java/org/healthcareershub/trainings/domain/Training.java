package org.healthcareershub.trainings.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.healthcareershub.careers.CareerPageSources;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.geo.Location;
import org.healthcareershub.trainings.Cost;
import org.healthcareershub.trainings.CredentialType;
import org.healthcareershub.trainings.DeliveryMode;
import org.healthcareershub.trainings.FundingOption;
import org.healthcareershub.trainings.Schedule;
import org.healthcareershub.trainings.TrainingStatus;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** A training program. Published programs are searchable; the index follows every change. */
@Entity
@Table(name = "training")
@Indexed(index = "training")
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES)
@EntityListeners(CareerPageSources.class)
public class Training {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(unique = true)
    private String externalId;

    @FullTextField(analyzer = "english")
    @KeywordField(name = "title_sort", normalizer = "lowercase", sortable = Sortable.YES)
    private String title;

    /** The title in Spanish, where the catalog gives one; not searched, only shown. */
    private String titleEs;

    @ManyToOne(optional = false)
    @JoinColumn(name = "provider_id")
    @IndexedEmbedded(includePaths = {"name", "name_keyword"})
    private Provider provider;

    @FullTextField(analyzer = "english")
    private String description;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private CredentialType credentialType;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private DeliveryMode deliveryMode;

    private String street;
    private String city;
    private String state;
    private String zip;
    private String region;

    @Latitude
    private Double latitude;

    @Longitude
    private Double longitude;

    private Integer lengthHours;
    private Integer lengthWeeks;

    @Enumerated(EnumType.STRING)
    private Cost.Kind costKind;

    private BigDecimal costAmount;

    @ElementCollection
    @CollectionTable(name = "training_schedule", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "schedule")
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private Set<Schedule> schedules = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "training_start_date", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "start_date")
    @OrderColumn(name = "sort_order")
    private List<LocalDate> startDates = new ArrayList<>();

    private String prerequisites;

    @ElementCollection
    @CollectionTable(name = "training_funding", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "funding")
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private Set<FundingOption> funding = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "training_career", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "career_slug")
    @KeywordField(aggregable = Aggregable.YES)
    private Set<String> careers = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "training_job_title", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "job_title")
    @OrderColumn(name = "sort_order")
    @FullTextField(analyzer = "english")
    @KeywordField(name = "jobTitle_keyword", normalizer = "lowercase")
    private List<String> jobTitles = new ArrayList<>();

    private String url;

    @GenericField(sortable = Sortable.YES)
    private boolean featured;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private TrainingStatus status;

    private boolean sample;

    private Instant updatedAt;

    /** When the program was first published (null: never, or published before this was recorded). */
    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;

    /**
     * The program's Credential Engine identifier: assigned once, never changed, so the registry can follow it.
     * The column is not called {@code ctid}, which is a system column in PostgreSQL.
     */
    @Column(name = "credential_ctid", updatable = false)
    private String ctid;

    protected Training() {}

    public Training(String externalId, Provider provider) {
        this.externalId = externalId;
        this.provider = provider;
        this.status = TrainingStatus.DRAFT;
        this.ctid = newCtid();
    }

    /** A new CTID in the form CTDL asks for: {@code ce-} and a version-4 (random) UUID. */
    public static String newCtid() {
        return "ce-" + UUID.randomUUID();
    }

    /** Replaces every described field with {@code details}; says whether anything changed. */
    public boolean describe(TrainingDetails details, Provider provider) {
        if (matches(details, provider)) {
            return false;
        }
        this.provider = provider;
        title = details.title();
        description = details.description();
        credentialType = details.credentialType();
        deliveryMode = details.deliveryMode();
        Location location = details.location();
        street = location == null ? null : location.street();
        city = location == null ? null : location.city();
        state = location == null ? null : location.state();
        zip = location == null ? null : location.zip();
        region = location == null ? null : location.region();
        latitude = location == null ? null : location.point().latitude();
        longitude = location == null ? null : location.point().longitude();
        lengthHours = details.lengthHours();
        lengthWeeks = details.lengthWeeks();
        costKind = details.cost().kind();
        costAmount = details.cost().amount();
        schedules =
                details.schedules().isEmpty() ? EnumSet.noneOf(Schedule.class) : EnumSet.copyOf(details.schedules());
        startDates = new ArrayList<>(details.startDates());
        prerequisites = details.prerequisites();
        funding = details.funding().isEmpty() ? EnumSet.noneOf(FundingOption.class) : EnumSet.copyOf(details.funding());
        careers = new TreeSet<>(details.careers());
        jobTitles = new ArrayList<>(details.jobTitles());
        url = details.url();
        featured = details.featured();
        status = details.status();
        sample = details.sample();
        updatedAt = Instant.now();
        return true;
    }

    /** Sets the Spanish title (null: none); says whether it changed. */
    public boolean translateTitle(String titleEs) {
        if (Objects.equals(this.titleEs, titleEs)) {
            return false;
        }
        this.titleEs = titleEs;
        updatedAt = Instant.now();
        return true;
    }

    /** The title in {@code locale}'s language where the catalog has one, else the catalog's (English) title. */
    public String title(Locale locale) {
        return "es".equals(locale.getLanguage()) && titleEs != null ? titleEs : title;
    }

    private boolean matches(TrainingDetails d, Provider p) {
        return this.provider == p && details().equals(d);
    }

    /** Everything that describes this program, as a value. */
    public TrainingDetails details() {
        return new TrainingDetails(
                title,
                description,
                credentialType,
                deliveryMode,
                location(),
                lengthHours,
                lengthWeeks,
                cost(),
                Set.copyOf(schedules),
                List.copyOf(startDates),
                prerequisites,
                Set.copyOf(funding),
                Set.copyOf(careers),
                List.copyOf(jobTitles),
                url,
                featured,
                status,
                sample);
    }

    /** Where the program is taught; null when online (or, in rows from before the place rules, unplaceable). */
    private Location location() {
        if (latitude == null || longitude == null || city == null || state == null) {
            return null;
        }
        return new Location(street, city, state, zip, region, new GeoPoint(latitude, longitude));
    }

    /** Records {@code now} as the time the program was first published, if it is published and was not before. */
    public void notePublished(Instant now) {
        if (status == TrainingStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
    }

    public void identifyAs(String externalId) {
        this.externalId = externalId;
    }

    public void feature(boolean featured) {
        if (this.featured != featured) {
            this.featured = featured;
            updatedAt = Instant.now();
        }
    }

    public void archive() {
        status = TrainingStatus.ARCHIVED;
        updatedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String externalId() {
        return externalId;
    }

    public String title() {
        return title;
    }

    public Provider provider() {
        return provider;
    }

    public Cost cost() {
        return costKind == null ? Cost.UNKNOWN : new Cost(costKind, costAmount);
    }

    public boolean isPublished() {
        return status == TrainingStatus.PUBLISHED;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String ctid() {
        return ctid;
    }

    /** Cost for filtering and sorting: 0 when free, absent when unknown. */
    @GenericField(name = "cost", sortable = Sortable.YES, aggregable = Aggregable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "costKind")),
                @ObjectPath(@PropertyValue(propertyName = "costAmount"))
            })
    public Double getCostForSearch() {
        return cost().comparable();
    }

    /**
     * Length for sorting, in hours of instruction; a week counts as a full-time week (40 hours) when only
     * weeks are known. Absent when the length is unknown.
     */
    @GenericField(name = "length", sortable = Sortable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "lengthHours")),
                @ObjectPath(@PropertyValue(propertyName = "lengthWeeks"))
            })
    public Integer getLengthForSearch() {
        if (lengthHours != null) {
            return lengthHours;
        }
        return lengthWeeks == null ? null : lengthWeeks * 40;
    }
}
