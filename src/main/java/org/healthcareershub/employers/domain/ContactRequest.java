package org.healthcareershub.employers.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message a person sent an employer from its profile; kept whether or not the mail went out. */
@Entity
@Table(name = "employer_contact_request")
public class ContactRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employer_id")
    private Employer employer;

    private String name;
    private String email;
    private String phone;
    private String career;
    private String message;
    private Instant createdAt;

    protected ContactRequest() {}

    public ContactRequest(Employer employer, String name, String email, String phone, String career, String message) {
        this.employer = employer;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.career = career;
        this.message = message;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Employer employer() {
        return employer;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String career() {
        return career;
    }

    public String message() {
        return message;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
