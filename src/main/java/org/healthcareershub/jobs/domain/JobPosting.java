package org.healthcareershub.jobs.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthcareershub.careers.CareerPageSources;
import org.healthcareershub.careers.EducationLevel;
import org.healthcareershub.employers.HiringOrganization;
import org.healthcareershub.geo.GeoPoint;
import org.healthcareershub.jobs.CloseReason;
import org.healthcareershub.jobs.EmploymentType;
import org.healthcareershub.jobs.JobLanguage;
import org.healthcareershub.jobs.JobStatus;
import org.healthcareershub.jobs.PayRange;
import org.healthcareershub.jobs.PayUnit;
import org.healthcareershub.jobs.WorkSchedule;
import org.healthcareershub.jobs.Workplace;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A job posting: drafted by an organization, published (only by a verified one), then expired at its
 * closing date or closed (filled or withdrawn, or while staff suspend the organization); renewing moves the
 * closing date on. The index follows every change; search shows only published postings whose closing date
 * has not passed.
 */
@Entity
@Table(name = "job_posting")
@Indexed(index = "job")
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES)
@EntityListeners(CareerPageSources.class)
public class JobPosting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_posting_seq")
    @SequenceGenerator(name = "job_posting_seq", sequenceName = "job_posting_seq", allocationSize = 50)
    private Long id;

    private long employerId;

    @KeywordField
    private String employerSlug;

    @FullTextField(analyzer = "english")
    private String employerName;

    private boolean sample;

    @FullTextField(analyzer = "english")
    @KeywordField(name = "title_sort", normalizer = "lowercase", sortable = Sortable.YES)
    private String title;

    @KeywordField(aggregable = Aggregable.YES)
    private String careerSlug;

    @FullTextField(analyzer = "english")
    private String jobTitle;

    private String socCode;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private Workplace workplace;

    private long siteId;
    private String siteName;
    private String street;

    @FullTextField(name = "city", analyzer = "english")
    private String city;

    private String zip;
    private String county;
    private String region;

    @Latitude
    private double latitude;

    @Longitude
    private double longitude;

    @FullTextField(analyzer = "english")
    private String description;

    @Enumerated(EnumType.STRING)
    private EmploymentType employmentType;

    private String scheduleCodes;
    private BigDecimal payMin;
    private BigDecimal payMax;

    @Enumerated(EnumType.STRING)
    private PayUnit payUnit;

    @Enumerated(EnumType.STRING)
    private EducationLevel educationLevel;

    private String licenses;
    private int yearsExperience;
    private String benefits;
    private String languageCodes;
    private BigDecimal bilingualDifferential;
    private Integer caseload;
    private Integer fieldWorkPercent;
    private boolean applyOnPortal;
    private String applyUrl;

    @GenericField
    private LocalDate closingDate;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private JobStatus status;

    @Enumerated(EnumType.STRING)
    private CloseReason closeReason;

    /** Why staff took the posting down (CLOSED, UNPUBLISHED): for its organization, never the public. */
    private String takedownReason;

    private Instant createdAt;
    private Instant updatedAt;

    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;

    private Instant reminderSentAt;

    /** The scheduled expiry and the employer's editor must not overwrite each other's change. */
    @Version
    private long version;

    protected JobPosting() {}

    /** A new draft of {@code organization}'s. */
    public JobPosting(HiringOrganization organization, JobDetails details, Instant now) {
        this.employerId = organization.id();
        this.employerSlug = organization.slug();
        this.employerName = organization.name();
        this.sample = organization.sample();
        this.status = JobStatus.DRAFT;
        this.createdAt = now;
        describe(details, now);
    }

    /** Replaces everything the posting says. */
    public void describe(JobDetails d, Instant now) {
        title = d.title();
        careerSlug = d.careerSlug();
        jobTitle = d.jobTitle();
        socCode = d.socCode();
        workplace = d.workplace();
        copySite(d.site());
        description = d.description();
        employmentType = d.employmentType();
        scheduleCodes = codes(d.schedules());
        payMin = d.pay().min();
        payMax = d.pay().max();
        payUnit = d.pay().unit();
        educationLevel = d.education();
        licenses = d.licenses();
        yearsExperience = d.yearsExperience();
        benefits = d.benefits();
        languageCodes = codes(d.languages());
        bilingualDifferential = d.bilingualDifferential();
        caseload = d.caseload();
        fieldWorkPercent = d.fieldWorkPercent();
        applyOnPortal = d.applyOnPortal();
        applyUrl = d.applyUrl();
        if (closingDate == null || !closingDate.equals(d.closingDate())) {
            reminderSentAt = null;
        }
        closingDate = d.closingDate();
        updatedAt = now;
    }

    /**
     * The organization changed the posting's site (the same site, found again by the geocoder): the posting
     * shows its new name, address and point. Not a change of the posting itself, so {@code updatedAt} stays.
     */
    public void copySite(HiringOrganization.Site site) {
        siteId = site.id();
        siteName = site.name();
        street = site.street();
        city = site.city();
        zip = site.zip();
        county = site.county();
        region = site.region();
        latitude = site.point().latitude();
        longitude = site.point().longitude();
    }

    /** Puts a draft in search; the caller has checked that the organization is verified. */
    public void publish(Instant now) {
        if (status != JobStatus.DRAFT) {
            throw new IllegalStateException("Job posting " + id + " is " + status + ", not a draft");
        }
        status = JobStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    /** Whether the closing date has passed on {@code today}: the posting is valid through its closing date. */
    public boolean isPastClosing(LocalDate today) {
        return closingDate.isBefore(today);
    }

    /** Takes a published posting whose closing date has passed out of search. */
    public void expire(Instant now) {
        if (status != JobStatus.PUBLISHED) {
            throw new IllegalStateException("Job posting " + id + " is " + status + ", not published");
        }
        status = JobStatus.EXPIRED;
        updatedAt = now;
    }

    /**
     * The posting leaves the board: the organization says the job is filled or no longer offered, or staff
     * suspended the organization ({@link CloseReason#SUSPENDED}, undone by {@link #reopen}).
     */
    public void close(CloseReason reason, Instant now) {
        if (status == JobStatus.CLOSED) {
            throw new IllegalStateException("Job posting " + id + " is already closed");
        }
        status = JobStatus.CLOSED;
        closeReason = reason;
        updatedAt = now;
    }

    /**
     * Staff take a published or expired posting down for {@code reason}; it is closed for good (a closed
     * posting is neither edited nor renewed).
     */
    public void unpublish(String reason, Instant now) {
        if (status != JobStatus.PUBLISHED && status != JobStatus.EXPIRED) {
            throw new IllegalStateException("Job posting " + id + " is " + status + ", not public");
        }
        close(CloseReason.UNPUBLISHED, now);
        takedownReason = reason;
    }

    /**
     * Staff suspended the organization over reports about this posting: closed by the suspension, it stays
     * closed as taken down by staff when the organization is verified again.
     */
    public void keepDown(Instant now) {
        if (status == JobStatus.CLOSED && closeReason == CloseReason.SUSPENDED) {
            closeReason = CloseReason.UNPUBLISHED;
            updatedAt = now;
        }
    }

    /**
     * Staff verified the organization again: a posting closed because it was suspended is published again,
     * or expired if its closing date passed meanwhile. Any other posting is left as it is.
     */
    public void reopen(LocalDate today, Instant now) {
        if (status != JobStatus.CLOSED || closeReason != CloseReason.SUSPENDED) {
            throw new IllegalStateException("Job posting " + id + " was not closed by a suspension");
        }
        status = isPastClosing(today) ? JobStatus.EXPIRED : JobStatus.PUBLISHED;
        closeReason = null;
        updatedAt = now;
    }

    /**
     * Moves the closing date of a published or expired posting on (the caller has checked the date); an
     * expired one is published again, as of now.
     */
    public void renew(LocalDate newClosingDate, Instant now) {
        if (status != JobStatus.PUBLISHED && status != JobStatus.EXPIRED) {
            throw new IllegalStateException("Job posting " + id + " is " + status + ", not renewable");
        }
        if (status == JobStatus.EXPIRED) {
            publishedAt = now;
        }
        status = JobStatus.PUBLISHED;
        closingDate = newClosingDate;
        reminderSentAt = null;
        updatedAt = now;
    }

    public void remindedAt(Instant now) {
        reminderSentAt = now;
    }

    /** Whether anyone may see the posting on {@code today}: published and not past its closing date. */
    public boolean isOpen(LocalDate today) {
        return status == JobStatus.PUBLISHED && !isPastClosing(today);
    }

    /** Whether the posting was public once and is gone now (its page answers 410, saying so). */
    public boolean isGone(LocalDate today) {
        return status == JobStatus.EXPIRED
                || status == JobStatus.CLOSED && publishedAt != null
                || status == JobStatus.PUBLISHED && isPastClosing(today);
    }

    public Long id() {
        return id;
    }

    public long employerId() {
        return employerId;
    }

    public String employerSlug() {
        return employerSlug;
    }

    public String employerName() {
        return employerName;
    }

    public boolean sample() {
        return sample;
    }

    public JobStatus status() {
        return status;
    }

    public CloseReason closeReason() {
        return closeReason;
    }

    public String takedownReason() {
        return takedownReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant reminderSentAt() {
        return reminderSentAt;
    }

    public LocalDate closingDate() {
        return closingDate;
    }

    public String title() {
        return title;
    }

    public String city() {
        return city;
    }

    /** Whether people may express interest in it on the portal. */
    public boolean applyOnPortal() {
        return applyOnPortal;
    }

    public GeoPoint point() {
        return new GeoPoint(latitude, longitude);
    }

    public PayRange pay() {
        return new PayRange(payMin, payMax, payUnit);
    }

    /** Everything the posting says, as a value. */
    public JobDetails details() {
        return new JobDetails(
                title,
                careerSlug,
                jobTitle,
                socCode,
                workplace,
                new HiringOrganization.Site(siteId, siteName, street, city, zip, county, region, point()),
                description,
                employmentType,
                schedules(),
                pay(),
                educationLevel,
                licenses,
                yearsExperience,
                benefits,
                languages(),
                bilingualDifferential,
                caseload,
                fieldWorkPercent,
                applyOnPortal,
                applyUrl,
                closingDate);
    }

    public Set<WorkSchedule> schedules() {
        return parse(scheduleCodes, WorkSchedule.class);
    }

    public Set<JobLanguage> languages() {
        return parse(languageCodes, JobLanguage.class);
    }

    @KeywordField(name = "employmentType", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "employmentType")))
    public String getEmploymentTypeForSearch() {
        return employmentType.name();
    }

    @KeywordField(name = "schedules", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "scheduleCodes")))
    public List<String> getSchedulesForSearch() {
        return split(scheduleCodes);
    }

    @KeywordField(name = "languages", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "languageCodes")))
    public List<String> getLanguagesForSearch() {
        return split(languageCodes);
    }

    /** The bottom of the pay range on the yearly scale, for the minimum-pay filter and the pay sort. */
    @GenericField(name = "payYearlyMin", sortable = Sortable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "payMin")),
                @ObjectPath(@PropertyValue(propertyName = "payUnit"))
            })
    public Double getPayYearlyMinForSearch() {
        return PayRange.yearly(payMin, payUnit).doubleValue();
    }

    @GenericField(name = "payYearlyMax", sortable = Sortable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "payMax")),
                @ObjectPath(@PropertyValue(propertyName = "payUnit"))
            })
    public Double getPayYearlyMaxForSearch() {
        return PayRange.yearly(payMax, payUnit).doubleValue();
    }

    /** How a set of choices is stored: the constant names in order, joined by commas. */
    static <E extends Enum<E>> String codes(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isEmpty() ? List.of() : Arrays.asList(codes.split(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String codes, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        split(codes).forEach(code -> values.add(Enum.valueOf(type, code)));
        return values;
    }
}
