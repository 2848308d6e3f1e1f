package dev.kunai.jwt.blacklist;

import dev.kunai.data.db.Db;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The blacklist in the application's database, table {@code kunai_jwt_outstanding_token} (created by
 * kunai-jwt's migration; add it with {@link dev.kunai.jwt.KunaiJwt#install}). Blacklisting is one conditional
 * {@code UPDATE}, so of two concurrent uses of a rotated refresh token only one succeeds; checking is one indexed
 * read.
 */
public final class DbTokenBlacklist implements TokenBlacklist {

    private final Db db;
    private final Clock clock;

    /** The blacklist in {@code db}. */
    @Inject
    public DbTokenBlacklist(Db db) {
        this(db, Clock.systemUTC());
    }

    /** The blacklist in {@code db}, stamping rows with {@code clock}'s time (for tests). */
    public DbTokenBlacklist(Db db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void outstanding(String jti, String userId, Instant issuedAt, Instant expiresAt) {
        db.inTransaction(session -> session.persist(new OutstandingToken(jti, userId, issuedAt, expiresAt)));
    }

    @Override
    public boolean blacklist(String jti, String userId, Instant expiresAt) {
        Instant now = clock.instant();
        try {
            return db.transaction(session -> {
                int updated = session.hibernate()
                        .createMutationQuery("update OutstandingToken t set t.blacklistedAt = :now"
                                + " where t.jti = :jti and t.blacklistedAt is null")
                        .setParameter("now", now)
                        .setParameter("jti", jti)
                        .executeUpdate();
                if (updated == 1) {
                    return true;
                }
                if (session.first(OutstandingToken.class, "e.jti = ?1", jti).isPresent()) {
                    return false;
                }
                OutstandingToken row = new OutstandingToken(jti, userId, now, expiresAt);
                row.blacklistedAt = now;
                session.persist(row);
                session.flush();
                return true;
            });
        } catch (PersistenceException e) {
            return false; // another request recorded and blacklisted it at the same moment (unique jti)
        }
    }

    @Override
    public boolean isBlacklisted(String jti) {
        return db.read(
                session -> session.first(OutstandingToken.class, "e.jti = ?1 and e.blacklistedAt is not null", jti)
                        .isPresent());
    }

    @Override
    public int flushExpired(Instant now) {
        return db.transaction(session -> session.hibernate()
                .createMutationQuery("delete from OutstandingToken t where t.expiresAt <= :now")
                .setParameter("now", now)
                .executeUpdate());
    }
}
