package org.healthcareershub.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bucket4j token buckets per limit and key (a client address, an email), in memory on one node (a cluster
 * would keep them in the database or Redis). Time comes from the given clock, so tests move the clock
 * instead of sleeping. A bucket that is full again says nothing a new one would not, so {@link
 * #forgetIdle()} drops those; it also runs by itself whenever the number of buckets has doubled since the
 * last sweep, which bounds memory by recent activity even between scheduled sweeps.
 */
public final class RateLimiter {

    /** A kind of limit: how many in how long, refilled all at once when the period is over. */
    public record Limit(String name, long capacity, Duration period) {}

    private record Tracked(Limit limit, Bucket bucket) {}

    private final Map<String, Tracked> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;
    private final int sweepFrom;
    private volatile int nextSweepAt;

    public RateLimiter(Clock clock) {
        this(clock, 10_000);
    }

    RateLimiter(Clock clock, int sweepFrom) {
        this.time = new ClockTime(clock);
        this.sweepFrom = sweepFrom;
        this.nextSweepAt = sweepFrom;
    }

    /** Takes one from the key's allowance under this limit; false when none is left. */
    public boolean tryAcquire(Limit limit, String key) {
        return probe(limit, key).isConsumed();
    }

    /** Takes one from the key's allowance and tells how many are left (and whether it was taken). */
    public ConsumptionProbe probe(Limit limit, String key) {
        return bucket(limit, key).tryConsumeAndReturnRemaining(1);
    }

    /** Gives the key its whole allowance back under this limit. */
    public void forget(Limit limit, String key) {
        buckets.remove(key(limit, key));
    }

    /** Drops the buckets that are full again. */
    public void forgetIdle() {
        buckets.values()
                .removeIf(t -> t.bucket().getAvailableTokens() >= t.limit().capacity());
    }

    int size() {
        return buckets.size();
    }

    private Bucket bucket(Limit limit, String key) {
        if (buckets.size() >= nextSweepAt) {
            forgetIdle();
            nextSweepAt = Math.max(sweepFrom, 2 * buckets.size());
        }
        return buckets.computeIfAbsent(key(limit, key), k -> new Tracked(limit, newBucket(limit)))
                .bucket();
    }

    private Bucket newBucket(Limit limit) {
        return Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(b -> b.capacity(limit.capacity()).refillIntervally(limit.capacity(), limit.period()))
                .build();
    }

    private static String key(Limit limit, String key) {
        return limit.name() + "|" + (key == null ? "" : key);
    }

    /** Bucket4j's view of a {@link Clock}: nanoseconds since the epoch. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
