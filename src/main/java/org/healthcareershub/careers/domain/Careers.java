package org.healthcareershub.careers.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Careers extends JpaRepository<Career, Long> {

    Optional<Career> findBySlugAndLocale(String slug, String locale);

    List<Career> findAllByOrderByPositionAscSlugAscLocaleAsc();

    /** Slug, language and title of every career in list order, without loading the profiles. */
    @Query("select new org.healthcareershub.careers.domain.CareerTitle(c.slug, c.locale, c.title) from Career c"
            + " order by c.position, c.slug, c.locale")
    List<CareerTitle> findAllTitles();

    /** Every SOC code a career's job titles name, as written there ("29-2099.08" or "29-1141"). */
    @Query("select distinct j.socCode from Career c join c.jobTitles j where j.socCode is not null")
    List<String> findAllSocCodes();
}
