package org.healthcareershub.employers.domain;

import java.util.List;
import java.util.Optional;
import org.healthcareershub.employers.VerificationState;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Employers extends JpaRepository<Employer, Long> {

    Optional<Employer> findBySlug(String slug);

    List<Employer> findByVerificationOrderByName(VerificationState verification);
}
