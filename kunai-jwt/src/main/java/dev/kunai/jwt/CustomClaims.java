package dev.kunai.jwt;

import java.util.Map;

/**
 * Extra claims put into the tokens issued to a user (django-ninja-jwt's "customizing token claims": overriding
 * {@code get_token} to add {@code token["name"] = user.name}). They go into refresh and sliding tokens and are
 * copied into the access tokens made from a refresh token. Values must be JSON-friendly (strings, numbers,
 * booleans, lists, maps). The standard claims ({@code exp}, {@code iat}, {@code nbf}, {@code jti}, {@code iss},
 * {@code aud}, {@code sub}, {@code token_type}, {@code user_id}, {@code refresh_exp}, under their configured {@link ClaimNames}) cannot be replaced:
 * returning one is an {@code IllegalStateException}.
 *
 * @param <U> the user type
 */
@FunctionalInterface
public interface CustomClaims<U> {

    /** No extra claims. */
    static <U> CustomClaims<U> none() {
        return user -> Map.of();
    }

    /** The extra claims for {@code user}. */
    Map<String, Object> claims(U user);
}
