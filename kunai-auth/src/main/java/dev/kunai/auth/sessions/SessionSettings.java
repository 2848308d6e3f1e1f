package dev.kunai.auth.sessions;

import dev.kunai.auth.csrf.Csrf;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * How sessions and their cookies behave (Django's {@code SESSION_*} settings).
 *
 * @param secretKey the key cookies are signed with (Django's {@code SECRET_KEY}); at least 32 bytes
 * @param cookieName the session cookie's name (default {@code sessionid})
 * @param maxAge how long a session lives after login (default two weeks, Django's {@code SESSION_COOKIE_AGE})
 * @param secure whether the cookies carry {@code Secure} (set it when the site is served over HTTPS)
 * @param csrf the CSRF protection unsafe requests with the session cookie must pass
 */
public record SessionSettings(byte[] secretKey, String cookieName, Duration maxAge, boolean secure, Csrf csrf) {

    /** The session cookie's default name (Django's {@code SESSION_COOKIE_NAME}). */
    public static final String DEFAULT_COOKIE_NAME = "sessionid";

    /** Checks the values; copies the key. */
    public SessionSettings {
        Objects.requireNonNull(secretKey, "secretKey");
        if (secretKey.length < 32) {
            throw new IllegalArgumentException("The session secret key must be at least 32 bytes long");
        }
        secretKey = secretKey.clone();
        Objects.requireNonNull(cookieName, "cookieName");
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("The session age must be positive, not " + maxAge);
        }
        Objects.requireNonNull(csrf, "csrf");
    }

    /** Django's defaults with {@code secretKey} (at least 32 bytes, e.g. the {@code SECRET_KEY} setting). */
    public static SessionSettings of(String secretKey) {
        return new SessionSettings(
                secretKey.getBytes(StandardCharsets.UTF_8),
                DEFAULT_COOKIE_NAME,
                Duration.ofDays(14),
                false,
                Csrf.defaults());
    }

    /** A copy whose cookies are {@code Secure} and whose CSRF check expects HTTPS. */
    public SessionSettings secure(boolean value) {
        return new SessionSettings(secretKey, cookieName, maxAge, value, csrf.secure(value));
    }

    /** A copy whose sessions live {@code value} after login. */
    public SessionSettings maxAge(Duration value) {
        return new SessionSettings(secretKey, cookieName, value, secure, csrf);
    }

    /** A copy with another CSRF configuration (e.g. {@code csrf().trustedOrigins(...)}). */
    public SessionSettings csrf(Csrf value) {
        return new SessionSettings(secretKey, cookieName, maxAge, secure, value);
    }

    @Override
    public byte[] secretKey() {
        return secretKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "SessionSettings[cookie=" + cookieName + ", maxAge=" + maxAge + ", secure=" + secure + "]";
    }
}
