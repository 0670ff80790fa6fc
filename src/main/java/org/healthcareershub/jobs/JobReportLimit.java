package org.healthcareershub.jobs;

import java.time.Clock;
import java.time.Duration;
import org.healthcareershub.web.LimitProperties;
import org.healthcareershub.web.RateLimiter;
import org.healthcareershub.web.RateLimiter.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many postings a client address may report in an hour ({@code hub.security.job-reports-per-address},
 * 10 by default), so nobody can bury the staff queue; a Bucket4j bucket like the contact limits.
 */
@Component
class JobReportLimit {

    private final Limit perAddress;
    private final RateLimiter buckets;

    JobReportLimit(LimitProperties limits, Clock clock) {
        this.perAddress = new Limit("job-report-address", limits.jobReportsPerAddress(), Duration.ofHours(1));
        this.buckets = new RateLimiter(clock);
    }

    /** Counts one report from the address; false when it has reported enough this hour. */
    boolean tryReport(String clientAddress) {
        return buckets.tryAcquire(perAddress, clientAddress);
    }

    /** Drops the buckets of addresses that have their whole allowance back. */
    @Scheduled(fixedDelay = 600_000)
    void forgetIdle() {
        buckets.forgetIdle();
    }
}
