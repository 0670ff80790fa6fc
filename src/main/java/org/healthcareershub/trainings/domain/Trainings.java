package org.healthcareershub.trainings.domain;

import java.util.List;
import java.util.Optional;
import org.healthcareershub.trainings.TrainingStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Trainings extends JpaRepository<Training, Long> {

    Optional<Training> findByExternalId(String externalId);

    List<Training> findByStatusOrderByTitleAsc(TrainingStatus status);

    List<Training> findByStatusAndFeaturedTrueOrderByTitleAsc(TrainingStatus status);

    long countByStatus(TrainingStatus status);
}
