package org.healthcareershub.accounts;

/** What an account may do. An EMPLOYER belongs to one organization, a PROVIDER to one training provider. */
public enum Role {
    SEEKER,
    EMPLOYER,
    PROVIDER,
    ADMIN;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
