package org.healthcareershub.talent.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/** The seekers' inbox settings, by account id. */
public interface InboxSettings extends JpaRepository<InboxSetting, Long> {}
