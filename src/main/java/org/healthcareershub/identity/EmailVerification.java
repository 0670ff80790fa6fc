package org.healthcareershub.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The authority a signed-in account holds once its email address is confirmed. Accounts grants it; other
 * modules check it here, so they can hold back unconfirmed accounts without depending on accounts.
 */
public final class EmailVerification {

    public static final String AUTHORITY = "EMAIL_VERIFIED";

    private EmailVerification() {}

    /** Whether someone is signed in with an address not yet confirmed (anonymous visitors are not). */
    public static boolean pending(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return false;
        }
        return auth.getAuthorities().stream().noneMatch(a -> AUTHORITY.equals(a.getAuthority()));
    }

    /**
     * Whether someone is signed in with {@code email} (compared without case) as their account's address, and
     * has confirmed it: what lets a message from that address go out without a confirmation link.
     */
    public static boolean confirmed(Authentication auth, String email) {
        return auth != null
                && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken)
                && !pending(auth)
                && email != null
                && auth.getName().equalsIgnoreCase(email.strip());
    }
}
