package org.healthcareershub.notifications.domain;

import java.time.Clock;
import java.time.Duration;
import org.healthcareershub.web.LimitProperties;
import org.healthcareershub.web.RateLimiter;
import org.healthcareershub.web.RateLimiter.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many career news requests (each mails a link) a client address and an email address may make in an
 * hour: the allowance of other emailed links ({@code hub.security.email-links-per-address} and {@code
 * email-links-per-account}, 10 and 3 by default), in buckets of its own.
 */
@Component
class NewsLimit {

    private final Limit perAddress;
    private final Limit perEmail;
    private final RateLimiter buckets;

    NewsLimit(LimitProperties limits, Clock clock) {
        this.perAddress = new Limit("news-address", limits.emailLinksPerAddress(), Duration.ofHours(1));
        this.perEmail = new Limit("news-email", limits.emailLinksPerAccount(), Duration.ofHours(1));
        this.buckets = new RateLimiter(clock);
    }

    /** Counts one request; false when the client address or the email (already normalized) has used its hour. */
    boolean allow(String clientAddress, String email) {
        return buckets.tryAcquire(perAddress, clientAddress) && buckets.tryAcquire(perEmail, email);
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetIdle() {
        buckets.forgetIdle();
    }
}
