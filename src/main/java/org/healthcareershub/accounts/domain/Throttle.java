package org.healthcareershub.accounts.domain;

import io.github.bucket4j.ConsumptionProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.healthcareershub.web.LimitProperties;
import org.healthcareershub.web.RateLimiter;
import org.healthcareershub.web.RateLimiter.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rate limits for sign-in, sign-up and emailed links, as Bucket4j token buckets held in memory (one node;
 * a cluster would keep them in the database or Redis), sized by {@link LimitProperties}. Five failed
 * sign-ins for an email within the lockout period (15 minutes by default) lock it for that long, counted
 * from the fifth failure. Sign-in failures are counted per email address whether or not an account has it,
 * so a lockout says nothing about which addresses are registered. The failure that locks an email says so
 * ({@link Failure#lockedNow()}), once per lock, so the owner can be told and sent a sign-in link.
 */
@Component
public class Throttle {

    /**
     * What a failed sign-in did: how long the email is now locked out (zero if not), whether this failure
     * is the one that locked it, and how many failures a lock takes.
     */
    public record Failure(Duration lockedFor, boolean lockedNow, int attempts) {}

    private final Limit signInPerAddress;
    private final Limit signInFailuresPerEmail;
    private final Limit signUpPerAddress;
    private final Limit emailLinksPerAddress;
    private final Limit emailLinksPerAccount;
    private final RateLimiter buckets;
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();
    private final Duration lockout;
    private final Clock clock;

    Throttle(LimitProperties limits, Clock clock) {
        this.signInPerAddress = new Limit("sign-in", limits.signInPerAddress(), Duration.ofMinutes(10));
        this.signInFailuresPerEmail =
                new Limit("sign-in-failures", limits.signInFailuresBeforeLockout(), limits.lockout());
        this.lockout = limits.lockout();
        this.signUpPerAddress = new Limit("sign-up", limits.signUpPerAddress(), Duration.ofHours(1));
        this.emailLinksPerAddress = new Limit("links-address", limits.emailLinksPerAddress(), Duration.ofHours(1));
        this.emailLinksPerAccount = new Limit("links-account", limits.emailLinksPerAccount(), Duration.ofHours(1));
        this.buckets = new RateLimiter(clock);
        this.clock = clock;
    }

    /** Counts a sign-in attempt from a client address; false when that address has tried too often. */
    public boolean trySignIn(String clientAddress) {
        return buckets.tryAcquire(signInPerAddress, clientAddress);
    }

    /** How long until this email may try again, or zero when it is not locked out. */
    public Duration lockedFor(String email) {
        Instant until = lockedUntil.get(Account.normalize(email));
        if (until == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Counts a failed sign-in for an email; the failure that uses up the allowance locks the email for the
     * whole lockout period from now. Of two failures racing for the last token, only one reports the lock.
     */
    public Failure failedSignIn(String email) {
        String key = Account.normalize(email);
        ConsumptionProbe probe = buckets.probe(signInFailuresPerEmail, key);
        boolean lockedNow = false;
        if (probe.getRemainingTokens() == 0) {
            Instant now = clock.instant();
            Instant before = lockedUntil.put(key, now.plus(lockout));
            lockedNow = before == null || !before.isAfter(now);
            buckets.forget(signInFailuresPerEmail, key);
        }
        return new Failure(lockedFor(email), lockedNow, (int) signInFailuresPerEmail.capacity());
    }

    /** A good sign-in forgets earlier failures. */
    public void signedIn(String email) {
        buckets.forget(signInFailuresPerEmail, Account.normalize(email));
    }

    public boolean trySignUp(String clientAddress) {
        return buckets.tryAcquire(signUpPerAddress, clientAddress);
    }

    /** Verification and reset emails: limited per client address and per email address. */
    public boolean tryEmailLink(String clientAddress, String email) {
        if (!buckets.tryAcquire(emailLinksPerAddress, clientAddress)) {
            return false;
        }
        return buckets.tryAcquire(emailLinksPerAccount, Account.normalize(email));
    }

    /** Drops buckets that are full again and lockouts that are over, so memory follows recent activity. */
    @Scheduled(fixedDelay = 600_000)
    void forgetIdle() {
        Instant now = clock.instant();
        lockedUntil.values().removeIf(until -> until.isBefore(now));
        buckets.forgetIdle();
    }
}
