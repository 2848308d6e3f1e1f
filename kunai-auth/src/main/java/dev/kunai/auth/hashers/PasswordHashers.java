package dev.kunai.auth.hashers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The hashers a project accepts, the first being the one new hashes use (Django's {@code PASSWORD_HASHERS}).
 * {@link #check} verifies a password against a hash of any listed algorithm and says when the hash should be
 * replaced: made by another algorithm, or with weaker parameters than the preferred hasher's.
 */
public final class PasswordHashers {

    /** The prefix of an unusable password (Django's {@code set_unusable_password}); it never matches. */
    public static final String UNUSABLE_PREFIX = "!";

    private final List<PasswordHasher> hashers;
    private final String timingHash;

    private PasswordHashers(List<PasswordHasher> hashers) {
        this.hashers = List.copyOf(hashers);
        this.timingHash = preferred().encode("kunai-timing");
    }

    /** Argon2id for new hashes; Django's PBKDF2-SHA256 hashes still verify (and are upgraded at login). */
    public static PasswordHashers defaults() {
        return of(Argon2Hasher.create(), Pbkdf2Sha256Hasher.create());
    }

    /** The given hashers; the first hashes new passwords. */
    public static PasswordHashers of(PasswordHasher preferred, PasswordHasher... others) {
        Objects.requireNonNull(preferred, "preferred");
        java.util.ArrayList<PasswordHasher> all = new java.util.ArrayList<>();
        all.add(preferred);
        all.addAll(List.of(others));
        return new PasswordHashers(all);
    }

    /** The hasher new passwords use. */
    public PasswordHasher preferred() {
        return hashers.get(0);
    }

    /** A new hash of {@code password} by the preferred hasher. */
    public String encode(String password) {
        return preferred().encode(Objects.requireNonNull(password, "password"));
    }

    /** Checks {@code password} against {@code encoded}: unknown algorithms and unusable passwords never match. */
    public Check check(String password, String encoded) {
        Objects.requireNonNull(password, "password");
        Optional<PasswordHasher> hasher = hasherFor(encoded);
        if (hasher.isEmpty()) {
            spendCheckTime(password);
            return new Check(false, false);
        }
        boolean matches = hasher.get().verify(password, encoded);
        boolean rehash =
                matches && (!hasher.get().equals(preferred()) || preferred().needsRehash(encoded));
        return new Check(matches, rehash);
    }

    /** Burns the time of one password check (used when the user does not exist, so timing does not tell). */
    public void spendCheckTime(String password) {
        preferred().verify(password, timingHash);
    }

    private Optional<PasswordHasher> hasherFor(String encoded) {
        if (encoded == null || encoded.startsWith(UNUSABLE_PREFIX)) {
            return Optional.empty();
        }
        for (PasswordHasher hasher : hashers) {
            if (hasher.handles(encoded)) {
                return Optional.of(hasher);
            }
        }
        return Optional.empty();
    }

    /**
     * The outcome of a password check.
     *
     * @param matches whether the password is right
     * @param needsRehash whether the stored hash should be replaced by {@link #encode} (only when it matched)
     */
    public record Check(boolean matches, boolean needsRehash) {}
}
