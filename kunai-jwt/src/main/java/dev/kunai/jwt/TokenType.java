package dev.kunai.jwt;

import java.util.Optional;

/**
 * The kinds of token (django-ninja-jwt's token classes), told apart by the {@code token_type} claim so that one
 * kind is never accepted where another is expected (a refresh token is not an access token).
 */
public enum TokenType {
    /** Short-lived; authenticates requests ({@code AccessToken}). */
    ACCESS("access"),
    /** Long-lived; only exchanged for new access tokens ({@code RefreshToken}). */
    REFRESH("refresh"),
    /** Both at once: authenticates requests and is refreshed itself until {@code refresh_exp} ({@code SlidingToken}). */
    SLIDING("sliding");

    private final String claim;

    TokenType(String claim) {
        this.claim = claim;
    }

    /** The default value of the token type claim (see {@link ClaimNames#typeName}, which may rename it). */
    public String claim() {
        return claim;
    }

    /** The type whose claim value is {@code value}, if any. */
    public static Optional<TokenType> ofClaim(Object value) {
        for (TokenType type : values()) {
            if (type.claim.equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
