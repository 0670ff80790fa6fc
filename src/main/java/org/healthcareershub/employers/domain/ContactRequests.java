package org.healthcareershub.employers.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContactRequests extends JpaRepository<ContactRequest, Long> {

    /** The requests sent from an address; a pending one is not the address owner's until confirmed. */
    @Query("select r from ContactRequest r join fetch r.employer where lower(r.email) = lower(:email)"
            + " and r.status = org.healthcareershub.employers.domain.ContactRequest.Status.SENT"
            + " order by r.sentAt, r.id")
    List<ContactRequest> sentFrom(@Param("email") String email);

    /** Every request from an address, pending ones included. */
    @Modifying
    @Query("delete from ContactRequest r where lower(r.email) = lower(:email)")
    int forgetSender(@Param("email") String email);

    Optional<ContactRequest> findByTokenHash(String tokenHash);

    /** An organization's requests in one state, newest first (ordered by the caller's {@code page}). */
    Page<ContactRequest> findByEmployerIdAndStatus(long employerId, ContactRequest.Status status, Pageable page);

    long countByEmployerIdAndStatusAndAnsweredAtIsNull(long employerId, ContactRequest.Status status);

    Optional<ContactRequest> findByIdAndEmployerIdAndStatus(long id, long employerId, ContactRequest.Status status);

    /** Marks a pending request sent unless it expired or already is; 0 means it was not pending (any more). */
    @Modifying
    @Query("update ContactRequest r set r.status = org.healthcareershub.employers.domain.ContactRequest.Status.SENT,"
            + " r.sentAt = :now where r.id = :id"
            + " and r.status = org.healthcareershub.employers.domain.ContactRequest.Status.PENDING"
            + " and r.expiresAt > :now")
    int markSent(@Param("id") long id, @Param("now") Instant now);

    /** Deletes the pending requests whose link expired before {@code now}; returns how many. */
    @Modifying
    @Query("delete from ContactRequest r"
            + " where r.status = org.healthcareershub.employers.domain.ContactRequest.Status.PENDING"
            + " and r.expiresAt <= :now")
    int purgeUnconfirmed(@Param("now") Instant now);
}
