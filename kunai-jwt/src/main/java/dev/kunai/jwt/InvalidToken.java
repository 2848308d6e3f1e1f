package dev.kunai.jwt;

import dev.kunai.http.HttpError;

/**
 * A token was rejected: 401 with {@code {"detail": "..."}} in Kunai's error format (django-ninja-jwt's
 * {@code InvalidToken}, whose {@code detail} carries the same messages).
 */
public final class InvalidToken extends HttpError {

    /** A malformed, forged, wrongly signed, expired or not-yet-valid token, or one with a wrong issuer or audience. */
    public static final String INVALID_OR_EXPIRED = "Token is invalid or expired";

    /** A token of another type than the one expected (e.g. a refresh token used as an access token). */
    public static final String WRONG_TYPE = "Token has wrong type";

    /** A refresh or sliding token that was blacklisted (by logout or by rotation). */
    public static final String BLACKLISTED = "Token is blacklisted";

    /** A 401 with {@code detail}. */
    public InvalidToken(String detail) {
        super(401, detail);
    }
}
