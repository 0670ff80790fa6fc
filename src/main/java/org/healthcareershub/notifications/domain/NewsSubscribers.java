package org.healthcareershub.notifications.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NewsSubscribers extends JpaRepository<NewsSubscriber, Long> {

    Optional<NewsSubscriber> findByEmail(String email);

    Optional<NewsSubscriber> findByUnsubscribeToken(String token);

    List<NewsSubscriber> findByStatus(NewsSubscriber.Status status);

    /** Active subscribers after {@code after} in id order that have no delivery of the issue yet. */
    @Query("select s from NewsSubscriber s where s.status = :status and s.id > :after and not exists"
            + " (select d.id from NewsDelivery d where d.issueId = :issue and d.subscriberId = s.id) order by s.id")
    List<NewsSubscriber> findWithout(
            @Param("issue") long issue,
            @Param("status") NewsSubscriber.Status status,
            @Param("after") long after,
            Pageable page);

    @Modifying
    @Query("delete from NewsSubscriber s where lower(s.email) = lower(:email)")
    int deleteByEmail(@Param("email") String email);
}
