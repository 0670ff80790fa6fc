package org.healthcareershub.talent.web;

import java.time.Clock;
import java.time.Duration;
import org.healthcareershub.web.LimitProperties;
import org.healthcareershub.web.RateLimiter;
import org.healthcareershub.web.RateLimiter.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many talent searches (each page read counts) an organization may make in an hour, all its people
 * together ({@code hub.security.talent-searches-per-organization}, 120 by default), so nobody walks the whole
 * list of seekers page by page.
 */
@Component
class TalentSearchLimit {

    private final Limit perOrganization;
    private final RateLimiter buckets;

    TalentSearchLimit(LimitProperties limits, Clock clock) {
        this.perOrganization =
                new Limit("talent-search-organization", limits.talentSearchesPerOrganization(), Duration.ofHours(1));
        this.buckets = new RateLimiter(clock);
    }

    /** Counts one search for the organization; false when it has searched enough this hour. */
    boolean trySearch(long organizationId) {
        return buckets.tryAcquire(perOrganization, String.valueOf(organizationId));
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetIdle() {
        buckets.forgetIdle();
    }
}
