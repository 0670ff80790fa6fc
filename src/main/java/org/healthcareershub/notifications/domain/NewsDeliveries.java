package org.healthcareershub.notifications.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface NewsDeliveries extends JpaRepository<NewsDelivery, Long> {

    int countByIssueId(long issueId);
}
