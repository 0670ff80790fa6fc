package org.healthcareershub.accounts.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SeekerProfiles extends JpaRepository<SeekerProfile, Long> {}
