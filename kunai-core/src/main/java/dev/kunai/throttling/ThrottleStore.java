package dev.kunai.throttling;

/**
 * Where throttle buckets live: {@link InMemoryThrottleStore} in one process, or a shared store (Redis,
 * module {@code kunai-redis}) so that several instances of an application count together. Implementations
 * are thread-safe and atomic: of any number of concurrent hits on a key, at most the rate's limit per window
 * are allowed.
 */
public interface ThrottleStore extends AutoCloseable {

    /**
     * Takes one token from the bucket {@code key} (created full with {@code rate} on first use).
     *
     * @throws ThrottleStoreException when the store cannot be reached in its bounded time; the throttle
     *     stage then fails open or closed as configured
     */
    Decision hit(String key, Rate rate);

    /** Releases connections and caches; the default does nothing. */
    @Override
    default void close() {}
}
