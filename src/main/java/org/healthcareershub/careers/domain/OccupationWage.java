package org.healthcareershub.careers.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import org.healthcareershub.careers.RegionalWages;

/** The wage estimates BLS OEWS published for one occupation (6-digit SOC code) in one area and survey. */
@Entity
@Table(name = "occupation_wage")
public class OccupationWage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int surveyYear;
    private int surveyMonth;
    private String areaCode;
    private String areaTitle;
    private Integer areaType;
    private String socCode;
    private String occupation;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "pct10", column = @Column(name = "h_pct10")),
        @AttributeOverride(name = "pct25", column = @Column(name = "h_pct25")),
        @AttributeOverride(name = "median", column = @Column(name = "h_median")),
        @AttributeOverride(name = "pct75", column = @Column(name = "h_pct75")),
        @AttributeOverride(name = "pct90", column = @Column(name = "h_pct90")),
        @AttributeOverride(name = "topFrom", column = @Column(name = "h_top_from"))
    })
    private WageFigures hourly;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "pct10", column = @Column(name = "a_pct10")),
        @AttributeOverride(name = "pct25", column = @Column(name = "a_pct25")),
        @AttributeOverride(name = "median", column = @Column(name = "a_median")),
        @AttributeOverride(name = "pct75", column = @Column(name = "a_pct75")),
        @AttributeOverride(name = "pct90", column = @Column(name = "a_pct90")),
        @AttributeOverride(name = "topFrom", column = @Column(name = "a_top_from"))
    })
    private WageFigures annual;

    private Instant importedAt;

    protected OccupationWage() {}

    OccupationWage(
            YearMonth survey,
            String areaCode,
            String areaTitle,
            Integer areaType,
            String socCode,
            String occupation,
            WageFigures hourly,
            WageFigures annual,
            Instant importedAt) {
        this.surveyYear = survey.getYear();
        this.surveyMonth = survey.getMonthValue();
        this.areaCode = areaCode;
        this.areaTitle = areaTitle;
        this.areaType = areaType;
        this.socCode = socCode;
        this.occupation = occupation;
        this.hourly = hourly;
        this.annual = annual;
        this.importedAt = importedAt;
    }

    public String areaCode() {
        return areaCode;
    }

    public String areaTitle() {
        return areaTitle;
    }

    public String socCode() {
        return socCode;
    }

    public YearMonth survey() {
        return YearMonth.of(surveyYear, surveyMonth);
    }

    public RegionalWages.Occupation toOccupation() {
        return new RegionalWages.Occupation(
                socCode,
                occupation,
                annual == null ? null : annual.toFigures(),
                hourly == null ? null : hourly.toFigures());
    }
}
