package org.healthcareershub.employers.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContactRequests extends JpaRepository<ContactRequest, Long> {

    @Query(
            "select r from ContactRequest r join fetch r.employer where lower(r.email) = lower(:email) order by r.createdAt, r.id")
    List<ContactRequest> sentFrom(@Param("email") String email);

    @Modifying
    @Query("delete from ContactRequest r where lower(r.email) = lower(:email)")
    int forgetSender(@Param("email") String email);
}
