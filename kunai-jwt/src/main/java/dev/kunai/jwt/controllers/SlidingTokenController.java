package dev.kunai.jwt.controllers;

import dev.kunai.auth.users.AuthUser;
import dev.kunai.http.HttpError;
import dev.kunai.jwt.JwtTokens;
import dev.kunai.jwt.controllers.TokenSchemas.TokenIn;
import dev.kunai.jwt.controllers.TokenSchemas.TokenObtainIn;
import dev.kunai.jwt.controllers.TokenSchemas.TokenObtainSlidingOut;
import dev.kunai.jwt.controllers.TokenSchemas.TokenOut;
import dev.kunai.param.Body;
import dev.kunai.route.Controller;
import dev.kunai.route.Post;
import dev.kunai.route.Response;
import dev.kunai.security.Public;
import jakarta.inject.Inject;

/**
 * {@code POST token/sliding}, {@code token/sliding/refresh} and {@code token/verify} (django-ninja-jwt's
 * {@code NinjaJWTSlidingController}): one token that both authenticates (with
 * {@link dev.kunai.jwt.auth.JwtAuth#sliding}) and is refreshed itself. Register it instead of
 * {@link TokenController}; bind {@link JwtTokens} in the container.
 */
@Public
@Controller(value = "token", tags = "token")
public class SlidingTokenController extends TokenVerification {

    /** The operations over {@code tokens}. */
    @Inject
    public SlidingTokenController(JwtTokens tokens) {
        super(tokens);
    }

    /** Checks the username and password and returns a new sliding token; 401 when they are wrong. */
    @Post(value = "sliding", operationId = "token_obtain_sliding", summary = "Obtain Token")
    @Response(status = 401, type = HttpError.class, description = JwtTokens.NO_ACTIVE_ACCOUNT)
    public TokenObtainSlidingOut obtainSliding(@Body TokenObtainIn credentials) {
        return obtain(tokens(), credentials);
    }

    /** Returns the sliding token with a new expiry, while its refresh period ({@code refresh_exp}) lasts. */
    @Post(value = "sliding/refresh", operationId = "token_refresh_sliding", summary = "Refresh Token")
    @Response(status = 401, type = HttpError.class, description = INVALID)
    public TokenOut refreshSliding(@Body TokenIn token) {
        return new TokenOut(tokens().refreshSliding(token.token()).value());
    }

    private static TokenObtainSlidingOut obtain(JwtTokens tokens, TokenObtainIn credentials) {
        AuthUser user = tokens.authenticate(credentials.username(), credentials.password());
        return new TokenObtainSlidingOut(user.username(), tokens.sliding(user).value());
    }
}
