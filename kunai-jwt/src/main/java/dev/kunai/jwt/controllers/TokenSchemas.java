package dev.kunai.jwt.controllers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The request and response bodies of the token operations, field for field django-ninja-jwt's schemas. */
public final class TokenSchemas {

    private TokenSchemas() {}

    /**
     * Credentials ({@code TokenObtainPairInputSchema} / {@code TokenObtainSlidingInputSchema}).
     *
     * @param username the user's login name
     * @param password the user's password
     */
    public record TokenObtainIn(
            @NotBlank @Size(max = 150) String username,
            @NotBlank @Size(max = 4096) String password) {}

    /**
     * A new pair ({@code TokenObtainPairOutputSchema}).
     *
     * @param username the user's login name
     * @param refresh the refresh token
     * @param access the access token, sent as {@code Authorization: Bearer <access>}
     */
    public record TokenObtainPairOut(String username, String refresh, String access) {}

    /**
     * A refresh token to exchange ({@code TokenRefreshInputSchema}) or to blacklist ({@code TokenBlacklistInputSchema}).
     *
     * @param refresh the refresh token
     */
    public record TokenRefreshIn(@NotBlank @Size(max = 8192) String refresh) {}

    /**
     * The refreshed tokens ({@code TokenRefreshOutputSchema}).
     *
     * @param refresh the refresh token to use next time: a new one when rotation is on, else the one sent
     * @param access the new access token
     */
    public record TokenRefreshOut(String refresh, String access) {}

    /**
     * A token to check ({@code TokenVerifyInputSchema}) or a sliding token to refresh
     * ({@code TokenRefreshSlidingInputSchema}).
     *
     * @param token the token
     */
    public record TokenIn(@NotBlank @Size(max = 8192) String token) {}

    /**
     * A new sliding token ({@code TokenObtainSlidingOutputSchema}).
     *
     * @param username the user's login name
     * @param token the sliding token, sent as {@code Authorization: Bearer <token>}
     */
    public record TokenObtainSlidingOut(String username, String token) {}

    /**
     * A refreshed sliding token ({@code TokenRefreshSlidingOutputSchema}).
     *
     * @param token the sliding token with a new expiry
     */
    public record TokenOut(String token) {}

    /** The empty object {@code {}} that verify and blacklist answer with (django-ninja-jwt's empty {@code Schema}). */
    public record Empty() {}
}
