package dev.kunai.jwt.controllers;

import dev.kunai.auth.users.AuthUser;
import dev.kunai.http.HttpError;
import dev.kunai.jwt.JwtTokens;
import dev.kunai.jwt.TokenPair;
import dev.kunai.jwt.controllers.TokenSchemas.TokenObtainIn;
import dev.kunai.jwt.controllers.TokenSchemas.TokenObtainPairOut;
import dev.kunai.jwt.controllers.TokenSchemas.TokenRefreshIn;
import dev.kunai.jwt.controllers.TokenSchemas.TokenRefreshOut;
import dev.kunai.param.Body;
import dev.kunai.route.Controller;
import dev.kunai.route.Post;
import dev.kunai.route.Response;
import dev.kunai.security.Public;
import jakarta.inject.Inject;

/**
 * {@code POST token/pair}, {@code token/refresh} and {@code token/verify} (django-ninja-jwt's
 * {@code NinjaJWTDefaultController}): register it on a {@code KunaiApi} with any prefix ({@code /api} gives
 * {@code /api/token/pair}) and bind {@link JwtTokens} in the container. Its operations are {@link Public}: they are
 * how a client gets a token. For another path, subclass it with your own {@code @Controller("...")}.
 */
@Public
@Controller(value = "token", tags = "token")
public class TokenController extends TokenVerification {

    /** The operations over {@code tokens}. */
    @Inject
    public TokenController(JwtTokens tokens) {
        super(tokens);
    }

    /** Checks the username and password and returns a new refresh token and access token; 401 when they are wrong. */
    @Post(value = "pair", operationId = "token_obtain_pair", summary = "Obtain Token")
    @Response(status = 401, type = HttpError.class, description = JwtTokens.NO_ACTIVE_ACCOUNT)
    public TokenObtainPairOut obtainPair(@Body TokenObtainIn credentials) {
        return obtain(tokens(), credentials);
    }

    /** Exchanges a refresh token for a new access token (and, with rotation, a new refresh token). */
    @Post(value = "refresh", operationId = "token_refresh", summary = "Refresh Token")
    @Response(status = 401, type = HttpError.class, description = INVALID)
    public TokenRefreshOut refresh(@Body TokenRefreshIn refresh) {
        TokenPair pair = tokens().refresh(refresh.refresh());
        return new TokenRefreshOut(pair.refresh().value(), pair.access().value());
    }

    private static TokenObtainPairOut obtain(JwtTokens tokens, TokenObtainIn credentials) {
        AuthUser user = tokens.authenticate(credentials.username(), credentials.password());
        TokenPair pair = tokens.pair(user);
        return new TokenObtainPairOut(
                user.username(), pair.refresh().value(), pair.access().value());
    }
}
