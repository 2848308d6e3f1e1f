package dev.kunai.auth.sessions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kunai.data.db.Db;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sessions in the application's database, table {@code kunai_session} (created by kunai-auth's migrations):
 * the values as a JSON object, the expiry as a timestamp. One primary-key read per authenticated request.
 */
public final class DbSessionStore implements SessionStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};

    private final Db db;
    private final Clock clock;

    /** Sessions in {@code db}. */
    @Inject
    public DbSessionStore(Db db) {
        this(db, Clock.systemUTC());
    }

    /** Sessions in {@code db}, with expiry judged by {@code clock} (for tests). */
    public DbSessionStore(Db db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<SessionData> load(String key) {
        return db.read(session -> session.find(StoredSession.class, key))
                .map(row -> new SessionData(decode(row.data), row.expireDate))
                .filter(data -> !data.expiredAt(clock.instant()));
    }

    @Override
    public void save(String key, SessionData data) {
        String encoded = encode(data.values());
        db.inTransaction(session -> {
            Optional<StoredSession> existing = session.find(StoredSession.class, key);
            if (existing.isPresent()) {
                existing.get().data = encoded;
                existing.get().expireDate = data.expiresAt();
            } else {
                session.persist(new StoredSession(key, encoded, data.expiresAt()));
            }
        });
    }

    @Override
    public void delete(String key) {
        db.inTransaction(session -> session.find(StoredSession.class, key).ifPresent(session::remove));
    }

    @Override
    public int deleteExpired() {
        return db.transaction(session -> session.hibernate()
                .createMutationQuery("delete from StoredSession s where s.expireDate <= :now")
                .setParameter("now", clock.instant())
                .executeUpdate());
    }

    private static String encode(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode session values", e);
        }
    }

    private static Map<String, String> decode(String data) {
        try {
            return JSON.readValue(data, VALUES);
        } catch (JsonProcessingException e) {
            return Map.of(); // a row written by something else: treat as an empty session
        }
    }
}
