package org.healthcareershub.employers;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.healthcareershub.web.LimitProperties;
import org.healthcareershub.web.RateLimiter;
import org.healthcareershub.web.RateLimiter.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many "contact this employer" messages a client address and a sender email may send in an hour
 * ({@code hub.security.contact-employer-per-address} and {@code -per-email}, 5 each by default), as
 * Bucket4j buckets like the sign-in limits. A message waiting for its sender to confirm the address counts
 * when it is written, so the limits also cover the confirmation mail.
 */
@Component
class ContactLimit {

    private final Limit perAddress;
    private final Limit perEmail;
    private final RateLimiter buckets;

    ContactLimit(LimitProperties limits, Clock clock) {
        this.perAddress = new Limit("contact-address", limits.contactEmployerPerAddress(), Duration.ofHours(1));
        this.perEmail = new Limit("contact-email", limits.contactEmployerPerEmail(), Duration.ofHours(1));
        this.buckets = new RateLimiter(clock);
    }

    /** Which limit, if any, a message hit. */
    enum Verdict {
        ALLOWED,
        ADDRESS_LIMITED,
        EMAIL_LIMITED
    }

    /**
     * Counts one message: the client address first, then the email (compared without case), which is not
     * counted when the address has sent enough.
     */
    Verdict check(String clientAddress, String email) {
        if (!buckets.tryAcquire(perAddress, clientAddress)) {
            return Verdict.ADDRESS_LIMITED;
        }
        return buckets.tryAcquire(perEmail, email.strip().toLowerCase(Locale.ROOT))
                ? Verdict.ALLOWED
                : Verdict.EMAIL_LIMITED;
    }

    /** Drops the buckets of senders who have their whole allowance back, so memory follows recent use. */
    @Scheduled(fixedDelay = 600_000)
    void forgetIdle() {
        buckets.forgetIdle();
    }
}
