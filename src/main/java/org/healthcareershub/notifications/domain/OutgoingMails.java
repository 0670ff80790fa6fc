package org.healthcareershub.notifications.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutgoingMails extends JpaRepository<OutgoingMail, Long> {

    List<OutgoingMail> findByStatusAndAttemptsLessThanOrderById(
            OutgoingMail.Status status, int attempts, Pageable page);

    List<OutgoingMail> findAllByOrderByIdDesc(Pageable page);

    @Modifying
    @Query("delete from OutgoingMail m where lower(m.recipient) = lower(:recipient)")
    int deleteByRecipient(@Param("recipient") String recipient);
}
