package org.healthcareershub.careers.domain;

import java.time.YearMonth;

/** How many occupations of one survey are loaded for one area. */
public record LoadedArea(int surveyYear, int surveyMonth, String areaCode, String areaTitle, long rows) {

    public YearMonth survey() {
        return YearMonth.of(surveyYear, surveyMonth);
    }
}
