package org.healthcareershub.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.healthcareershub.identity.EmailVerification;
import org.healthcareershub.identity.EmployerMember;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The account behind a signed-in session. Besides its role, a verified account holds the
 * {@link EmailVerification#AUTHORITY} authority, so any module can refuse unverified accounts without
 * knowing this one.
 */
public final class SignedInAccount implements UserDetails, CredentialsContainer, EmployerMember {

    private final long id;
    private final String email;
    private String passwordHash;
    private final Role role;
    private final boolean verified;
    private final boolean suspended;
    private final Long employerId;
    private final Long providerId;
    private final int credentialsStamp;

    public SignedInAccount(
            long id,
            String email,
            String passwordHash,
            Role role,
            boolean verified,
            boolean suspended,
            Long employerId,
            Long providerId) {
        this.id = id;
        this.email = email;
        this.passwordHash = passwordHash;
        this.credentialsStamp = passwordHash == null ? 0 : passwordHash.hashCode();
        this.role = role;
        this.verified = verified;
        this.suspended = suspended;
        this.employerId = employerId;
        this.providerId = providerId;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public boolean verified() {
        return verified;
    }

    /**
     * A fingerprint of the password hash this session signed in with (kept after the hash itself is
     * erased), so a session opened before a password change can be recognized and ended.
     */
    public int credentialsStamp() {
        return credentialsStamp;
    }

    /** The organization an EMPLOYER account belongs to, or null. */
    public Long employerId() {
        return employerId;
    }

    /** The training provider a PROVIDER account belongs to, or null. */
    public Long providerId() {
        return providerId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (verified) {
            authorities.add(new SimpleGrantedAuthority(EmailVerification.AUTHORITY));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !suspended;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInAccount that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "SignedInAccount[" + id + ", " + role + "]";
    }
}
