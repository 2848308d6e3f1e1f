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

    /** Claims custom claims may not replace. */
    static final Set<String> RESERVED = Set.of(
            "exp",
            "iat",
            "nbf",
            "jti",
            "iss",
            "aud",
            "sub",
            Token.TOKEN_TYPE_CLAIM,
            Token.USER_ID_CLAIM,
            Token.REFRESH_EXP_CLAIM);

    /** Claims an access token does not copy from its refresh token (django-ninja-jwt's {@code no_copy_claims}). */
    private static final Set<String> NOT_COPIED = Set.of(Token.TOKEN_TYPE_CLAIM, "exp", "iat", "jti", "iss", "aud");

    private ClaimsFactory() {}

    /** The claims of a new token of {@code type} for {@code userId}, living {@code lifetime} from {@code now}. */
    static JWTClaimsSet.Builder forUser(
            TokenType type, String userId, Map<String, Object> custom, Instant now, Duration lifetime) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        custom.forEach((name, value) -> {
            if (RESERVED.contains(name)) {
                throw new IllegalStateException("Custom claims cannot replace the standard claim '" + name + "'");
            }
            builder.claim(name, value);
        });
        builder.claim(Token.USER_ID_CLAIM, userId)
                .claim(Token.TOKEN_TYPE_CLAIM, type.claim())
                .jwtID(newJti());
        return times(builder, now, lifetime);
    }

    /** An access token's claims made from a refresh token's: every claim but the type, times and id. */
    static JWTClaimsSet.Builder accessFrom(JWTClaimsSet refresh) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        refresh.getClaims().forEach((name, value) -> {
            if (!NOT_COPIED.contains(name)) {
                builder.claim(name, value);
            }
        });
        return builder.claim(Token.TOKEN_TYPE_CLAIM, TokenType.ACCESS.claim()).jwtID(newJti());
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
