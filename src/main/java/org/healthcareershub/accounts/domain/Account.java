package org.healthcareershub.accounts.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.web.EmailAddress;

/**
 * A person's account. The email is the sign-in name, stored in one form ({@link #normalize}), so two
 * spellings of one mailbox can never hold two accounts.
 */
@Entity
@Table(name = "account")
public class Account {

    public enum Status {
        ACTIVE,
        SUSPENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String displayName;
    private Long employerId;
    private Long providerId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String preferredLanguage;
    private Instant emailVerifiedAt;
    private Instant createdAt;
    private Instant lastSignInAt;

    /** Whether a seeker is emailed when an organization moves their interest in a posting. */
    private boolean interestMail = true;

    protected Account() {}

    public Account(String email, String passwordHash, Role role, String displayName, String preferredLanguage) {
        this.email = normalize(email);
        this.passwordHash = passwordHash;
        this.role = role;
        this.displayName = displayName;
        this.status = Status.ACTIVE;
        this.preferredLanguage = preferredLanguage;
        this.createdAt = Instant.now();
    }

    /**
     * How emails are compared and stored: the bare address as {@link EmailAddress} reads it, in Unicode
     * NFC, all lower-cased, so that uniqueness ignores case (mail providers treat the local part without
     * case in practice, and one account per mailbox matters more than the RFC's allowance). Text that is
     * not an address (a staff address such as {@code admin@localhost}, or what someone typed into the
     * sign-in form) is compared stripped and lower-cased; forms refuse it before anything is stored.
     * Migration V11 brought rows stored before this rule to the same form.
     */
    public static String normalize(String email) {
        if (email == null) {
            return "";
        }
        String address = EmailAddress.parse(email).map(EmailAddress::value).orElse(email.strip());
        return Normalizer.normalize(address, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    public SignedInAccount signedIn() {
        return new SignedInAccount(
                id,
                email,
                passwordHash,
                role,
                emailVerifiedAt != null,
                status == Status.SUSPENDED,
                employerId,
                providerId);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public Status getStatus() {
        return status;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public boolean isVerified() {
        return emailVerifiedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public boolean wantsInterestMail() {
        return interestMail;
    }

    public void setInterestMail(boolean interestMail) {
        this.interestMail = interestMail;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public void joinEmployer(Long employerId) {
        this.employerId = employerId;
    }

    public void joinProvider(Long providerId) {
        this.providerId = providerId;
    }

    public void markVerified() {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = Instant.now();
        }
    }

    /** A new address must be verified again; the change itself only happens through a verified link. */
    public void changeEmail(String newEmail) {
        this.email = normalize(newEmail);
        this.emailVerifiedAt = Instant.now();
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void suspend() {
        status = Status.SUSPENDED;
    }

    public void reinstate() {
        status = Status.ACTIVE;
    }

    public void signedInNow() {
        lastSignInAt = Instant.now();
    }
}
