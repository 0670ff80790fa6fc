package org.healthcareershub.notifications.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutgoingMails extends JpaRepository<OutgoingMail, Long> {

    List<OutgoingMail> findByStatusAndAttemptsLessThanOrderById(
            OutgoingMail.Status status, int attempts, Pageable page);

    List<OutgoingMail> findAllByOrderByIdDesc(Pageable page);
}
