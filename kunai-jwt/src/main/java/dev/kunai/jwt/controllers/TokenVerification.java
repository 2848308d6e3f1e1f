package dev.kunai.jwt.controllers;

import dev.kunai.http.HttpError;
import dev.kunai.jwt.JwtTokens;
import dev.kunai.jwt.controllers.TokenSchemas.Empty;
import dev.kunai.jwt.controllers.TokenSchemas.TokenIn;
import dev.kunai.param.Body;
import dev.kunai.route.Post;
import dev.kunai.route.Response;
import java.util.Objects;

/**
 * {@code POST verify}, shared by the pair and sliding controllers (django-ninja-jwt's
 * {@code TokenVerificationController}).
 */
public abstract class TokenVerification {

    /** The 401's description in OpenAPI. */
    static final String INVALID = "The token is invalid, expired, blacklisted or of the wrong type";

    private final JwtTokens tokens;

    /** Verification with {@code tokens}. */
    protected TokenVerification(JwtTokens tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /** The tokens the operations use. */
    protected JwtTokens tokens() {
        return tokens;
    }

    /** Answers {@code {}} when the token (of any type) is valid; 401 with the reason otherwise. */
    @Post(value = "verify", operationId = "token_verify", summary = "Verify Token")
    @Response(status = 401, type = HttpError.class, description = INVALID)
    public Empty verify(@Body TokenIn token) {
        tokens.verify(token.token());
        return new Empty();
    }
}
