package dev.kunai.jwt.blacklist;

import java.time.Instant;

/**
 * Where issued refresh and sliding tokens are recorded and blacklisted (django-ninja-jwt's
 * {@code token_blacklist} app: {@code OutstandingToken} + {@code BlacklistedToken}). Kunai's store is
 * {@link DbTokenBlacklist}; tokens are identified by their {@code jti}.
 */
public interface TokenBlacklist {

    /** Records a token just issued to {@code userId}, valid until {@code expiresAt}. */
    void outstanding(String jti, String userId, Instant issuedAt, Instant expiresAt);

    /**
     * Blacklists the token {@code jti} (recording it first if it was never recorded); true when this call
     * blacklisted it, false when it already was. Two concurrent calls for one token: exactly one gets true, so a
     * rotated refresh token can be used only once.
     */
    boolean blacklist(String jti, String userId, Instant expiresAt);

    /** Whether the token {@code jti} is blacklisted. */
    boolean isBlacklisted(String jti);

    /** Deletes the records of tokens that expired at or before {@code now} (blacklisted or not); returns how many. */
    int flushExpired(Instant now);
}
