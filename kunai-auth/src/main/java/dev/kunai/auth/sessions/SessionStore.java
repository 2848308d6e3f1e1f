package dev.kunai.auth.sessions;

import java.util.Optional;

/**
 * Where server-side sessions live, by session key (Django's {@code SESSION_ENGINE}). Kunai ships
 * {@link DbSessionStore} (the application's database, Django's default); a store in Redis or elsewhere
 * implements these four methods. Implementations are thread-safe and never return an expired session.
 */
public interface SessionStore {

    /** The session stored under {@code key}, unless there is none or it has expired. */
    Optional<SessionData> load(String key);

    /** Stores {@code data} under {@code key}, replacing what was there; it expires at {@link SessionData#expiresAt()}. */
    void save(String key, SessionData data);

    /** Deletes the session under {@code key} (nothing happens when there is none). */
    void delete(String key);

    /** Deletes every expired session and returns how many (Django's {@code clearsessions}). */
    int deleteExpired();
}
