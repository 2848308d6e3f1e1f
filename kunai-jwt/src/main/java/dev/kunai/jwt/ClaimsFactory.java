package dev.kunai.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds the claims of new tokens (django-ninja-jwt's {@code Token.for_user}, {@code set_exp}, {@code access_token}). */
final class ClaimsFactory {

    private ClaimsFactory() {}

    /**
     * The claims of a new token of {@code type} for the user identified by {@code userId}, living {@code lifetime}
     * from {@code now}, under {@code names}.
     */
    static JWTClaimsSet.Builder forUser(
            ClaimNames names,
            TokenType type,
            String userId,
            Map<String, Object> custom,
            Instant now,
            Duration lifetime) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        Set<String> reserved = names.reserved();
        custom.forEach((name, value) -> {
            if (reserved.contains(name)) {
                throw new IllegalStateException("Custom claims cannot replace the standard claim '" + name + "'");
            }
            builder.claim(name, value);
        });
        builder.claim(names.userIdClaim(), userId)
                .claim(names.tokenTypeClaim(), names.typeName(type))
                .claim(names.jtiClaim(), newJti());
        return times(builder, now, lifetime);
    }

    /**
     * An access token's claims made from a refresh token's: every claim but the type, times, id, issuer and audience
     * (django-ninja-jwt's {@code no_copy_claims}).
     */
    static JWTClaimsSet.Builder accessFrom(ClaimNames names, JWTClaimsSet refresh) {
        Set<String> notCopied = Set.of(names.tokenTypeClaim(), "exp", "iat", names.jtiClaim(), "iss", "aud");
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        refresh.getClaims().forEach((name, value) -> {
            if (!notCopied.contains(name)) {
                builder.claim(name, value);
            }
        });
        return builder.claim(names.tokenTypeClaim(), names.typeName(TokenType.ACCESS))
                .claim(names.jtiClaim(), newJti());
    }

    /** Sets {@code iat} to {@code now} and {@code exp} to {@code now + lifetime}, in whole seconds (RFC 7519 NumericDate). */
    static JWTClaimsSet.Builder times(JWTClaimsSet.Builder builder, Instant now, Duration lifetime) {
        Instant issued = now.truncatedTo(ChronoUnit.SECONDS);
        return builder.issueTime(Date.from(issued)).expirationTime(Date.from(issued.plus(lifetime)));
    }

    /** A new random token id (django-ninja-jwt's {@code uuid4().hex}). */
    static String newJti() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
