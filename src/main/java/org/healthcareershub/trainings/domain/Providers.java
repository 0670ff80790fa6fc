package org.healthcareershub.trainings.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Providers extends JpaRepository<Provider, Long> {

    Optional<Provider> findByNameIgnoreCase(String name);
}
