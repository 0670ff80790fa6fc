package org.healthcareershub.careers.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Careers extends JpaRepository<Career, Long> {

    Optional<Career> findBySlugAndLocale(String slug, String locale);

    List<Career> findAllByOrderByPositionAscSlugAscLocaleAsc();
}
