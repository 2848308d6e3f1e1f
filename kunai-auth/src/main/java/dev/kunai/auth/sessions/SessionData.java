package dev.kunai.auth.sessions;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contents of one session: string values by name, and when it expires.
 *
 * @param values the session's values (the logged-in user's id under {@link #USER_ID})
 * @param expiresAt when the session stops being valid
 */
public record SessionData(Map<String, String> values, Instant expiresAt) {

    /** The key of the logged-in user's id (Django's {@code _auth_user_id}). */
    public static final String USER_ID = "_auth_user_id";

    /** Copies {@code values}; rejects nulls. */
    public SessionData {
        values = Map.copyOf(values);
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The value called {@code name}, if set. */
    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Whether the session has expired at {@code now}. */
    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
