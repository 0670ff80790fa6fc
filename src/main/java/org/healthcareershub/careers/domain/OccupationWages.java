package org.healthcareershub.careers.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OccupationWages extends JpaRepository<OccupationWage, Long> {

    /** The newest survey year loaded, if any. */
    @Query("select max(w.surveyYear) from OccupationWage w")
    Optional<Integer> latestYear();

    List<OccupationWage> findBySurveyYearAndAreaCodeInAndSocCodeIn(
            int surveyYear, Collection<String> areaCodes, Collection<String> socCodes);

    @Modifying
    @Query("delete from OccupationWage w where w.surveyYear = ?1 and w.areaCode in ?2")
    int deleteAreas(int surveyYear, Collection<String> areaCodes);

    /** Rows per survey year and area, newest first, for the staff page. */
    @Query("select new org.healthcareershub.careers.domain.LoadedArea(w.surveyYear, w.surveyMonth,"
            + " w.areaCode, w.areaTitle, count(w)) from OccupationWage w"
            + " group by w.surveyYear, w.surveyMonth, w.areaCode, w.areaTitle"
            + " order by w.surveyYear desc, w.areaCode")
    List<LoadedArea> loaded();
}
