package org.healthcareershub.accounts.domain;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rate limits for sign-in, sign-up and emailed links, as Bucket4j token buckets held in memory (one node;
 * a cluster would keep them in the database or Redis). Five failed sign-ins for an email within the
 * lockout period (15 minutes by default) lock it for that long, counted from the fifth failure. Sign-in failures are counted per email address
 * whether or not an account has it, so a lockout says nothing about which addresses are registered.
 */
@Component
public class Throttle {

    /** A kind of limit: how many in how long. */
    public record Limit(String name, long capacity, Duration period) {}

    private final Limit signInPerAddress;
    private final Limit signInFailuresPerEmail;
    private final Limit signUpPerAddress;
    private final Limit emailLinksPerAddress;
    private final Limit emailLinksPerAccount;
    /** A bucket and the limit it enforces. */
    private record Tracked(Limit limit, Bucket bucket) {}

    private final Map<String, Tracked> buckets = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();
    private final Duration lockout;

    Throttle(
            @Value("${hub.security.sign-in-per-address:30}") long signInPerAddress,
            @Value("${hub.security.sign-in-failures-before-lockout:5}") long failures,
            @Value("${hub.security.lockout:PT15M}") Duration lockout,
            @Value("${hub.security.sign-up-per-address:10}") long signUpPerAddress,
            @Value("${hub.security.email-links-per-address:10}") long linksPerAddress,
            @Value("${hub.security.email-links-per-account:3}") long linksPerAccount) {
        this.signInPerAddress = new Limit("sign-in", signInPerAddress, Duration.ofMinutes(10));
        this.signInFailuresPerEmail = new Limit("sign-in-failures", failures, lockout);
        this.lockout = lockout;
        this.signUpPerAddress = new Limit("sign-up", signUpPerAddress, Duration.ofHours(1));
        this.emailLinksPerAddress = new Limit("links-address", linksPerAddress, Duration.ofHours(1));
        this.emailLinksPerAccount = new Limit("links-account", linksPerAccount, Duration.ofHours(1));
    }

    /** Counts a sign-in attempt from a client address; false when that address has tried too often. */
    public boolean trySignIn(String clientAddress) {
        return bucket(signInPerAddress, clientAddress).tryConsume(1);
    }

    /** How long until this email may try again, or zero when it is not locked out. */
    public Duration lockedFor(String email) {
        Instant until = lockedUntil.get(Account.normalize(email));
        if (until == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(Instant.now(), until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Counts a failed sign-in for an email; the failure that uses up the allowance locks the email for the
     * whole lockout period from now. Returns how long it is now locked out (zero if not).
     */
    public Duration failedSignIn(String email) {
        String key = Account.normalize(email);
        ConsumptionProbe probe = bucket(signInFailuresPerEmail, key).tryConsumeAndReturnRemaining(1);
        if (probe.getRemainingTokens() == 0) {
            lockedUntil.put(key, Instant.now().plus(lockout));
            buckets.remove(key(signInFailuresPerEmail, key));
        }
        return lockedFor(email);
    }

    /** A good sign-in forgets earlier failures. */
    public void signedIn(String email) {
        buckets.remove(key(signInFailuresPerEmail, Account.normalize(email)));
    }

    public boolean trySignUp(String clientAddress) {
        return bucket(signUpPerAddress, clientAddress).tryConsume(1);
    }

    /** Verification and reset emails: limited per client address and per email address. */
    public boolean tryEmailLink(String clientAddress, String email) {
        if (!bucket(emailLinksPerAddress, clientAddress).tryConsume(1)) {
            return false;
        }
        return bucket(emailLinksPerAccount, Account.normalize(email)).tryConsume(1);
    }

    /** Drops buckets that are full again, so memory stays bounded by recent activity. */
    @Scheduled(fixedDelay = 600_000)
    void forgetIdle() {
        Instant now = Instant.now();
        lockedUntil.values().removeIf(until -> until.isBefore(now));
        buckets.values()
                .removeIf(t -> t.bucket().getAvailableTokens() >= t.limit().capacity());
    }

    private Bucket bucket(Limit limit, String key) {
        return buckets.computeIfAbsent(
                        key(limit, key),
                        k -> new Tracked(
                                limit,
                                Bucket.builder()
                                        .addLimit(b -> b.capacity(limit.capacity())
                                                .refillIntervally(limit.capacity(), limit.period()))
                                        .build()))
                .bucket();
    }

    private static String key(Limit limit, String key) {
        return limit.name() + "|" + (key == null ? "" : key);
    }
}
