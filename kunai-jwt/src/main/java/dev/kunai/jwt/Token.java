package dev.kunai.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed token and its claims: one just issued, or one whose signature, times, issuer, audience and type were
 * verified (django-ninja-jwt's {@code Token}). The standard claims are {@code token_type}, {@code exp},
 * {@code iat}, {@code jti} and {@code user_id} (the type, id and user under the names of {@link ClaimNames});
 * custom claims ride along.
 */
public final class Token {

    /** The sliding token's claim: until when it may be refreshed (django-ninja-jwt's {@code refresh_exp}). */
    public static final String REFRESH_EXP_CLAIM = "refresh_exp";

    private final String value;
    private final TokenType type;
    private final JWTClaimsSet claims;
    private final ClaimNames names;

    Token(String value, TokenType type, JWTClaimsSet claims, ClaimNames names) {
        this.value = Objects.requireNonNull(value, "value");
        this.type = Objects.requireNonNull(type, "type");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.names = Objects.requireNonNull(names, "names");
    }

    /** The compact serialization ({@code header.payload.signature}) a client sends. */
    public String value() {
        return value;
    }

    /** The token's type. */
    public TokenType type() {
        return type;
    }

    /** The unique token id (the {@link ClaimNames#jtiClaim()}, {@code jti} by default), what the blacklist records. */
    public String jti() {
        return String.valueOf(claims.getClaim(names.jtiClaim()));
    }

    /**
     * The identifying field of the user the token was issued to (the {@link ClaimNames#userIdClaim()},
     * {@code user_id} by default).
     */
    public String userId() {
        return String.valueOf(claims.getClaim(names.userIdClaim()));
    }

    /** When the token expires ({@code exp}). */
    public Instant expiresAt() {
        return claims.getExpirationTime().toInstant();
    }

    /** When the token was issued ({@code iat}). */
    public Instant issuedAt() {
        return claims.getIssueTime().toInstant();
    }

    /** A claim's value (numbers, strings, booleans, lists or maps as JSON gives them), if present. */
    public Optional<Object> claim(String name) {
        return Optional.ofNullable(claims.getClaim(name));
    }

    /** Every claim (times as {@link java.util.Date}). */
    public Map<String, Object> claims() {
        return claims.getClaims();
    }

    /** The claims as nimbus-jose-jwt holds them. */
    public JWTClaimsSet claimsSet() {
        return claims;
    }

    @Override
    public String toString() {
        return "Token[" + names.typeName(type) + ", jti=" + jti() + ", user=" + userId() + "]";
    }
}
