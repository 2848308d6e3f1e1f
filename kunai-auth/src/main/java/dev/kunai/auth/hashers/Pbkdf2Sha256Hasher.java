package dev.kunai.auth.hashers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Django's default hasher, {@code pbkdf2_sha256$<iterations>$<salt>$<base64 hash>}: PBKDF2-HMAC-SHA256
 * (RFC 8018) with a 32-byte key, computed by the JDK's {@code PBKDF2WithHmacSHA256}. Kunai verifies the
 * hashes a Django project stored, so its users keep their passwords; with Argon2 preferred they are
 * re-hashed at their next login.
 */
public final class Pbkdf2Sha256Hasher implements PasswordHasher {

    /** Django 5.2's iteration count. */
    public static final int DEFAULT_ITERATIONS = 1_000_000;

    private static final String ALGORITHM = "pbkdf2_sha256";
    private static final String SALT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int SALT_LENGTH = 22; // Django: 128 bits of entropy over 62 characters
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    private Pbkdf2Sha256Hasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("PBKDF2 needs at least one iteration, not " + iterations);
        }
        this.iterations = iterations;
    }

    /** PBKDF2-SHA256 with Django 5.2's {@link #DEFAULT_ITERATIONS}. */
    public static Pbkdf2Sha256Hasher create() {
        return new Pbkdf2Sha256Hasher(DEFAULT_ITERATIONS);
    }

    /** PBKDF2-SHA256 with {@code iterations} for new hashes (existing hashes keep their own count). */
    public static Pbkdf2Sha256Hasher create(int iterations) {
        return new Pbkdf2Sha256Hasher(iterations);
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public String encode(String password) {
        StringBuilder salt = new StringBuilder(SALT_LENGTH);
        for (int i = 0; i < SALT_LENGTH; i++) {
            salt.append(SALT_CHARS.charAt(RANDOM.nextInt(SALT_CHARS.length())));
        }
        return encode(password, salt.toString(), iterations);
    }

    /** The hash of {@code password} with a given salt and iteration count (Django's {@code encode}). */
    static String encode(String password, String salt, int iterations) {
        if (salt.contains("$")) {
            throw new IllegalArgumentException("A salt must not contain '$'");
        }
        byte[] hash = derive(password, salt, iterations);
        return ALGORITHM + "$" + iterations + "$" + salt + "$"
                + Base64.getEncoder().encodeToString(hash);
    }

    @Override
    public boolean verify(String password, String encoded) {
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return false;
        }
        int count;
        byte[] expected;
        try {
            count = Integer.parseInt(parts[1]);
            expected = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (count < 1 || expected.length == 0) {
            return false;
        }
        return MessageDigest.isEqual(derive(password, parts[2], count), expected);
    }

    @Override
    public boolean needsRehash(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        try {
            return parts.length != 4 || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static byte[] derive(String password, String salt, int iterations) {
        PBEKeySpec spec =
                new PBEKeySpec(password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK lacks PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
