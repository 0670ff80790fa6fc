package org.healthcareershub.employers.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.healthcareershub.geo.GeoPoint;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A place where an employer works, located by the geocoder. */
@Entity
@Table(name = "employer_site")
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES)
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employer_id")
    private Employer employer;

    private String name;
    private String street;

    @KeywordField
    private String city;

    private String zip;
    private String county;

    @KeywordField(aggregable = Aggregable.YES)
    private String region;

    @Latitude
    private double latitude;

    @Longitude
    private double longitude;

    private Instant closedAt;

    protected Site() {}

    public Site(String name, String street, String city, String zip, String county, String region, GeoPoint point) {
        moveTo(name, street, city, zip, county, region, point);
    }

    /** New details from the portal, the point geocoded again from them. */
    public void moveTo(
            String name, String street, String city, String zip, String county, String region, GeoPoint point) {
        this.name = name;
        this.street = street;
        this.city = city;
        this.zip = zip;
        this.county = county;
        this.region = region;
        this.latitude = point.latitude();
        this.longitude = point.longitude();
    }

    /** The organization no longer works here: the site leaves the directory but stays in its records. */
    public void close(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Long id() {
        return id;
    }

    public Employer employer() {
        return employer;
    }

    void belongTo(Employer employer) {
        this.employer = employer;
    }

    public String name() {
        return name;
    }

    public String street() {
        return street;
    }

    public String city() {
        return city;
    }

    public String zip() {
        return zip;
    }

    public String county() {
        return county;
    }

    public String region() {
        return region;
    }

    public GeoPoint point() {
        return new GeoPoint(latitude, longitude);
    }
}
