package dev.kunai.jwt;

import java.util.Objects;

/**
 * An access token and the refresh token it came with (what {@code POST /token/pair} and a rotating
 * {@code POST /token/refresh} return).
 *
 * @param access the access token, sent as {@code Authorization: Bearer <access>}
 * @param refresh the refresh token, exchanged for new access tokens
 */
public record TokenPair(Token access, Token refresh) {

    /** Checks both are present and of the right types. */
    public TokenPair {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(refresh, "refresh");
        if (access.type() != TokenType.ACCESS || refresh.type() != TokenType.REFRESH) {
            throw new IllegalArgumentException("A pair is an access token and a refresh token");
        }
    }
}
