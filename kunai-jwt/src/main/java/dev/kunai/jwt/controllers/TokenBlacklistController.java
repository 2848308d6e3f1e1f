package dev.kunai.jwt.controllers;

import dev.kunai.http.HttpError;
import dev.kunai.jwt.JwtTokens;
import dev.kunai.jwt.controllers.TokenSchemas.Empty;
import dev.kunai.jwt.controllers.TokenSchemas.TokenRefreshIn;
import dev.kunai.param.Body;
import dev.kunai.route.Controller;
import dev.kunai.route.Post;
import dev.kunai.route.Response;
import dev.kunai.security.Public;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * {@code POST token/blacklist} (django-ninja-jwt's {@code TokenBlackListController}): blacklists a refresh
 * token, e.g. at logout. Needs {@link JwtTokens} built with a blacklist; start-up fails otherwise.
 */
@Public
@Controller(value = "token", tags = "token")
public class TokenBlacklistController {

    private final JwtTokens tokens;

    /** The operation over {@code tokens}, which must have a blacklist. */
    @Inject
    public TokenBlacklistController(JwtTokens tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        if (tokens.blacklist().isEmpty()) {
            throw new IllegalStateException("TokenBlacklistController needs JwtTokens built with a blacklist");
        }
    }

    /** Blacklists the refresh token and answers {@code {}}; 401 when it is invalid or already blacklisted. */
    @Post(value = "blacklist", operationId = "token_blacklist", summary = "Blacklist Token")
    @Response(status = 401, type = HttpError.class, description = TokenVerification.INVALID)
    public Empty blacklist(@Body TokenRefreshIn refresh) {
        tokens.blacklist(refresh.refresh());
        return new Empty();
    }
}
