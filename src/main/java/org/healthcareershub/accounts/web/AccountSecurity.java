package org.healthcareershub.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.healthcareershub.accounts.Role;
import org.healthcareershub.accounts.SignedInAccount;
import org.healthcareershub.accounts.domain.Account;
import org.healthcareershub.accounts.domain.AccountSettings;
import org.healthcareershub.accounts.domain.Accounts;
import org.healthcareershub.accounts.domain.SignInLinks;
import org.healthcareershub.accounts.domain.Throttle;
import org.healthcareershub.web.SecurityRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The accounts module's part of the security chain: sign-in is limited per client address and locked for
 * a while per email after repeated failures (the failure that locks it mails the owner a sign-in link, at
 * most once per {@link SignInLinks#LOCKOUT_MAIL_INTERVAL} and off the request thread: {@link SignInLinks}); a good sign-in, with the password or such a link, lands on the account's home; and
 * every request of a signed-in session is checked against the stored account, so a suspension, a deletion or
 * a newly verified email takes effect at once.
 */
@Component
class AccountSecurity implements SecurityRules {

    /** Session attribute holding the email typed into a failed sign-in, to put it back in the form. */
    static final String LAST_EMAIL = "hub.signIn.email";

    private static final Logger log = LoggerFactory.getLogger(AccountSecurity.class);

    private final Throttle throttle;
    private final AccountSettings settings;
    private final Accounts accounts;
    private final SignInLinks signInLinks;
    private final TransactionTemplate transactions;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    /**
     * What form sign-in does to the session (web's SecurityConfiguration keeps Spring Security's defaults:
     * a new session id against fixation, and a new CSRF token in the session-held repository).
     */
    private final SessionAuthenticationStrategy sessionStrategy = new CompositeSessionAuthenticationStrategy(List.of(
            new ChangeSessionIdAuthenticationStrategy(),
            new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));

    AccountSecurity(
            Throttle throttle,
            Accounts accounts,
            TransactionTemplate transactions,
            AccountSettings settings,
            SignInLinks signInLinks) {
        this.settings = settings;
        this.throttle = throttle;
        this.accounts = accounts;
        this.transactions = transactions;
        this.signInLinks = signInLinks;
    }

    @Override
    public void apply(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.successHandler(this::signedIn).failureHandler(this::failed))
                .addFilterBefore(new SignInThrottle(), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionCheck(), SecurityContextHolderFilter.class);
    }

    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        throttle.signedIn(auth.getName());
        if (request.getSession(false) != null) {
            request.getSession().removeAttribute(LAST_EMAIL);
        }
        if (auth.getPrincipal() instanceof SignedInAccount account) {
            transactions.executeWithoutResult(
                    tx -> accounts.findById(account.id()).ifPresent(Account::signedInNow));
        }
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setRequestCache(new HttpSessionRequestCache());
        handler.setDefaultTargetUrl(homeOf(auth));
        handler.onAuthenticationSuccess(request, response, auth);
    }

    static String homeOf(Authentication auth) {
        boolean admin = auth.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
        return admin ? "/admin" : "/account";
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String email = Optional.ofNullable(request.getParameter("email")).orElse("");
        request.getSession().setAttribute(LAST_EMAIL, email.length() > 254 ? "" : email.strip());
        if (e instanceof LockedException && settings.passwordMatches(email, request.getParameter("password"))) {
            // only someone who knows the password learns that the account is suspended
            response.sendRedirect(request.getContextPath() + "/sign-in?suspended");
            return;
        }
        Throttle.Failure failure = throttle.failedSignIn(email);
        if (failure.lockedNow()) {
            tellOwner(email, failure);
        }
        response.sendRedirect(
                request.getContextPath() + (failure.lockedFor().isZero() ? "/sign-in?error" : "/sign-in?locked"));
    }

    private void tellOwner(String email, Throttle.Failure failure) {
        try {
            signInLinks.lockedOut(email, failure);
        } catch (RuntimeException e) {
            // the lock holds either way; the person still gets the locked page, not an error
            log.warn(
                    "Could not mail the sign-in link after a lockout: {}",
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Signs in the account an emailed sign-in link was redeemed for, as form sign-in does: the session
     * strategy (new session id, new CSRF token), the context saved where the password sign-in saves it, and
     * the same success handling (failures forgotten, last sign-in, saved request or the account's home).
     * The authorities are the account's, with Spring Security's one-time-token factor in place of the
     * password factor.
     */
    void signInWithLink(SignedInAccount account, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        account.eraseCredentials();
        Set<GrantedAuthority> authorities = new HashSet<>(account.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.OTT_AUTHORITY));
        Authentication auth = new OneTimeTokenAuthentication(account, authorities);
        sessionStrategy.onAuthentication(auth, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        signedIn(request, response, auth);
    }

    /**
     * Puts the stored state of the signed-in account into this session, e.g. after the person changed
     * their own password (other sessions of the account end at their next request).
     */
    void refresh(long accountId, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        transactions
                .execute(tx -> accounts.findById(accountId).map(Account::signedIn))
                .ifPresent(fresh -> store(fresh, request, response));
    }

    private void store(SignedInAccount fresh, HttpServletRequest request, HttpServletResponse response) {
        fresh.eraseCredentials();
        SecurityContext updated = SecurityContextHolder.createEmptyContext();
        updated.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(updated);
        contexts.saveContext(updated, request, response);
    }

    /** Refuses sign-in attempts over the per-address limit, and any attempt for a locked-out email. */
    private final class SignInThrottle extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod())
                    && (request.getContextPath() + "/sign-in").equals(request.getRequestURI()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String email = Optional.ofNullable(request.getParameter("email")).orElse("");
            if (!throttle.trySignIn(request.getRemoteAddr())) {
                request.getSession().setAttribute(LAST_EMAIL, email.strip());
                response.sendRedirect(request.getContextPath() + "/sign-in?throttled");
                return;
            }
            if (!throttle.lockedFor(email).isZero()) {
                request.getSession().setAttribute(LAST_EMAIL, email.strip());
                response.sendRedirect(request.getContextPath() + "/sign-in?locked");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Keeps a session's account in step with the stored one; ends the session if it is gone or suspended. */
    private final class SessionCheck extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            SecurityContext context = SecurityContextHolder.getContext();
            Authentication auth = context.getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof SignedInAccount current) {
                Optional<SignedInAccount> stored = transactions.execute(
                        tx -> accounts.findById(current.id()).map(Account::signedIn));
                if (stored == null
                        || stored.isEmpty()
                        || !stored.get().isAccountNonLocked()
                        || stored.get().credentialsStamp() != current.credentialsStamp()) {
                    SecurityContextHolder.clearContext();
                    if (request.getSession(false) != null) {
                        request.getSession(false).invalidate();
                    }
                } else if (changed(current, stored.get())) {
                    store(stored.get(), request, response);
                }
            }
            chain.doFilter(request, response);
        }

        private static boolean changed(SignedInAccount a, SignedInAccount b) {
            return a.verified() != b.verified()
                    || a.role() != b.role()
                    || !a.email().equals(b.email())
                    || !java.util.Objects.equals(a.employerId(), b.employerId())
                    || !java.util.Objects.equals(a.providerId(), b.providerId());
        }
    }
}
