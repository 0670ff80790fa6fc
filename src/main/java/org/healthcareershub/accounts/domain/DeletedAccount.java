package org.healthcareershub.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.healthcareershub.accounts.Role;

/** What is left of a deleted account, for counts only: its role and two dates, nothing about the person. */
@Entity
@Table(name = "deleted_account")
public class DeletedAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Role role;

    private LocalDate createdOn;
    private Instant deletedAt;

    protected DeletedAccount() {}

    DeletedAccount(Account account) {
        this.role = account.getRole();
        this.createdOn = account.getCreatedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        this.deletedAt = Instant.now();
    }
}
