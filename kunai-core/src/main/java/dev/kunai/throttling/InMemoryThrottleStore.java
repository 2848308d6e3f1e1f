package dev.kunai.throttling;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.local.LocalBucket;

/**
 * The default store: Bucket4j lock-free buckets in a bounded Caffeine cache. A bucket left alone for one
 * period is full again, so it expires then; at most {@code maximumBuckets} are kept (least useful evicted
 * first), so memory stays flat however many distinct clients arrive. Counts are per process: several
 * instances need a shared store.
 */
public final class InMemoryThrottleStore implements ThrottleStore {

    /** The default bound on the number of buckets kept (about 30 MB at most). */
    public static final long DEFAULT_MAXIMUM_BUCKETS = 100_000;

    private final Cache<String, LocalBucket> buckets;

    private InMemoryThrottleStore(long maximumBuckets) {
        // Caffeine's upkeep (re-timing an entry after each read, evicting) runs on the thread that triggers it, not
        // handed to ForkJoinPool.commonPool(): on a server with one or two CPUs, waking a pool thread for every batch
        // of reads cost more than the upkeep itself.
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maximumBuckets)
                .expireAfter(new IdleForOneWindow())
                .executor(Runnable::run)
                .build();
    }

    /** A bucket untouched for one refill period is full again: drop it then (no allocation per access). */
    private static final class IdleForOneWindow implements Expiry<String, LocalBucket> {
        private static long window(LocalBucket bucket) {
            return bucket.getConfiguration().getBandwidths()[0].getRefillPeriodNanos();
        }

        @Override
        public long expireAfterCreate(String key, LocalBucket bucket, long currentTime) {
            return window(bucket);
        }

        @Override
        public long expireAfterUpdate(String key, LocalBucket bucket, long currentTime, long currentDuration) {
            return window(bucket);
        }

        @Override
        public long expireAfterRead(String key, LocalBucket bucket, long currentTime, long currentDuration) {
            return window(bucket);
        }
    }

    /** A store keeping at most {@link #DEFAULT_MAXIMUM_BUCKETS} buckets. */
    public static InMemoryThrottleStore create() {
        return new InMemoryThrottleStore(DEFAULT_MAXIMUM_BUCKETS);
    }

    /** A store keeping at most {@code maximumBuckets} buckets; {@link IllegalArgumentException} when below 1. */
    public static InMemoryThrottleStore withMaximumBuckets(long maximumBuckets) {
        if (maximumBuckets < 1) {
            throw new IllegalArgumentException("maximumBuckets must be at least 1, got " + maximumBuckets);
        }
        return new InMemoryThrottleStore(maximumBuckets);
    }

    @Override
    public Decision hit(String key, Rate rate) {
        LocalBucket bucket = buckets.get(
                key,
                k -> Bucket.builder().addLimit(TokenBuckets.bandwidth(rate)).build());
        return TokenBuckets.decision(bucket.tryConsumeAndReturnRemaining(1), rate);
    }

    /** The approximate number of buckets held (for tests and metrics). */
    public long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
