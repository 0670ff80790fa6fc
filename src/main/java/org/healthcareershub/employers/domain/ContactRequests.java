package org.healthcareershub.employers.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRequests extends JpaRepository<ContactRequest, Long> {}
