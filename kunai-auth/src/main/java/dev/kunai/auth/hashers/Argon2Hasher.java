package dev.kunai.auth.hashers;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id (RFC 9106), the default hasher, computed by Spring Security's {@code Argon2PasswordEncoder} on
 * Bouncy Castle. Hashes are Django's {@code argon2$argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>},
 * so Django verifies Kunai's hashes and Kunai verifies Django's.
 */
public final class Argon2Hasher implements PasswordHasher {

    /** OWASP's first recommended Argon2id setting (2024): 19 MiB of memory, 2 passes, 1 lane. */
    public static final int DEFAULT_MEMORY_KIB = 19 * 1024;
    /** Passes over memory by default. */
    public static final int DEFAULT_ITERATIONS = 2;
    /** Lanes by default. */
    public static final int DEFAULT_PARALLELISM = 1;

    private static final String PREFIX = "argon2";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2PasswordEncoder encoder;

    private Argon2Hasher(int memoryKiB, int iterations, int parallelism) {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Invalid Argon2 parameters: m=" + memoryKiB + " KiB, t=" + iterations
                    + ", p=" + parallelism + " (need t >= 1, p >= 1, m >= 8p)");
        }
        this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, parallelism, memoryKiB, iterations);
    }

    /** Argon2id with OWASP's recommended parameters ({@link #DEFAULT_MEMORY_KIB}, 2 passes, 1 lane). */
    public static Argon2Hasher create() {
        return new Argon2Hasher(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM);
    }

    /** Argon2id with explicit parameters: memory in KiB, passes, lanes. */
    public static Argon2Hasher create(int memoryKiB, int iterations, int parallelism) {
        return new Argon2Hasher(memoryKiB, iterations, parallelism);
    }

    @Override
    public String algorithm() {
        return PREFIX;
    }

    @Override
    public String encode(String password) {
        return PREFIX + encoder.encode(password);
    }

    @Override
    public boolean verify(String password, String encoded) {
        return handles(encoded) && encoder.matches(password, encoded.substring(PREFIX.length()));
    }

    @Override
    public boolean needsRehash(String encoded) {
        return !handles(encoded) || encoder.upgradeEncoding(encoded.substring(PREFIX.length()));
    }
}
