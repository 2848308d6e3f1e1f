package dev.kunai.auth.hashers;

/**
 * One password-hashing algorithm in Django's encoded form {@code <algorithm>$<parameters and salt>$<hash>}:
 * every hash carries its own parameters, so they can be raised later and old hashes still verify (and are
 * re-hashed at the next login, see {@link PasswordHashers}). Implementations are thread-safe.
 */
public interface PasswordHasher {

    /** The algorithm's name, the encoded hash's first field ({@code argon2}, {@code pbkdf2_sha256}). */
    String algorithm();

    /** Hashes {@code password} with a new random salt and this hasher's current parameters. */
    String encode(String password);

    /** Whether {@code password} matches {@code encoded} (a hash of this algorithm); compares in constant time. */
    boolean verify(String password, String encoded);

    /** Whether {@code encoded} was made with weaker parameters than this hasher's current ones. */
    boolean needsRehash(String encoded);

    /** Whether {@code encoded} is a hash of this algorithm. */
    default boolean handles(String encoded) {
        return encoded.startsWith(algorithm() + "$");
    }
}
