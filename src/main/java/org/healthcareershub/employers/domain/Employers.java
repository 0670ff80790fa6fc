package org.healthcareershub.employers.domain;

import java.util.List;
import java.util.Optional;
import org.healthcareershub.employers.VerificationState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Employers extends JpaRepository<Employer, Long> {

    Optional<Employer> findBySlug(String slug);

    List<Employer> findByVerificationOrderByName(VerificationState verification);

    /** Oldest sign-up first, so the queue is worked in order; demo rows without a date come last. */
    @Query("select e from Employer e where e.verification = :state order by e.createdAt asc nulls last, e.id asc")
    Page<Employer> findInState(VerificationState state, Pageable page);
}
