package dev.kunai.jwt.blacklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One issued refresh or sliding token, blacklisted or not (django-ninja-jwt's {@code OutstandingToken} and
 * {@code BlacklistedToken} in one row of {@code kunai_jwt_outstanding_token}). The token itself is not stored,
 * only its id, so the table gives nothing away. Used by {@link DbTokenBlacklist} only.
 */
@Entity
@Table(name = "kunai_jwt_outstanding_token")
public class OutstandingToken {

    @Id
    @GeneratedValue(generator = "kunai_jwt_outstanding_token_seq")
    @SequenceGenerator(
            name = "kunai_jwt_outstanding_token_seq",
            sequenceName = "kunai_jwt_outstanding_token_seq",
            allocationSize = 50)
    Long id;

    @Column(name = "jti", length = 255, nullable = false, unique = true)
    String jti;

    @Column(name = "user_id", length = 255, nullable = false)
    String userId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "blacklisted_at")
    Instant blacklistedAt;

    /** For Hibernate. */
    protected OutstandingToken() {}

    OutstandingToken(String jti, String userId, Instant createdAt, Instant expiresAt) {
        this.jti = jti;
        this.userId = userId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }
}
