package org.healthcareershub.employers.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
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

    protected Site() {}

    public Site(String name, String street, String city, String zip, String county, String region, GeoPoint point) {
        this.name = name;
        this.street = street;
        this.city = city;
        this.zip = zip;
        this.county = county;
        this.region = region;
        this.latitude = point.latitude();
        this.longitude = point.longitude();
    }

    void belongTo(Employer employer) {
        this.employer = employer;
    }

    public Long id() {
        return id;
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
