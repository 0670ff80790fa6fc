package org.healthcareershub.accounts.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeletedAccounts extends JpaRepository<DeletedAccount, Long> {}
