package dev.kunai.jwt.auth;

import dev.kunai.http.HttpError;
import dev.kunai.http.RequestContext;
import dev.kunai.jwt.JwtTokens;
import dev.kunai.jwt.Token;
import dev.kunai.jwt.TokenType;
import dev.kunai.security.Auth;
import dev.kunai.stage.StageContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Authentication by a JWT in {@code Authorization: Bearer <token>} (django-ninja-jwt's {@code JWTAuth} and
 * {@code JWTStatelessUserAuthentication}). Use it like any {@link Auth}: API-wide with
 * {@code KunaiApi.builder().auth(jwtAuth)}, or registered with {@code .authSchemes(jwtAuth)} and required by
 * name ({@value #SCHEME_NAME}) with {@code @Secured} on a controller or an operation. Only access tokens are
 * accepted ({@link #sliding} accepts sliding tokens instead); an invalid, expired, blacklisted or wrong-type
 * token is treated as no credentials: 401 with {@code WWW-Authenticate: Bearer}, and the next authenticator of
 * the level is tried. Documented in OpenAPI as {@code {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}.
 *
 * <p>An API defined before the application opens its database declares {@link #fromContainer()} (or
 * {@link #slidingFromContainer()}, {@link #statelessFromContainer()}): the scheme is known at once, and the
 * {@link JwtTokens} are taken from the application's DI container when it starts (e.g. bound with
 * {@code Kunai.app().provide(JwtTokens.class, ...)}).
 */
public final class JwtAuth implements Auth {

    /** The scheme's name in OpenAPI's {@code securitySchemes} and in {@code @Secured}. */
    public static final String SCHEME_NAME = "JWTAuth";

    private static final Map<String, Object> SCHEME = bearerJwtScheme();

    private final String name;
    private final Function<String, Optional<Object>> check;
    private final Auth bearer;
    private final Optional<Function<JwtTokens, JwtAuth>> fromContainer;

    private JwtAuth(String name, Function<String, Optional<Object>> check) {
        this(name, check, Optional.empty());
    }

    private JwtAuth(
            String name,
            Function<String, Optional<Object>> check,
            Optional<Function<JwtTokens, JwtAuth>> fromContainer) {
        this.name = Objects.requireNonNull(name, "name");
        this.check = check;
        this.bearer = Auth.bearer(check);
        this.fromContainer = fromContainer;
    }

    /** Access tokens; the principal is the active user the token was issued to (one user lookup per request). */
    public static JwtAuth of(JwtTokens tokens) {
        return users(SCHEME_NAME, tokens, TokenType.ACCESS);
    }

    /** Sliding tokens (checked against the blacklist when one is configured); the principal is the active user. */
    public static JwtAuth sliding(JwtTokens tokens) {
        return users(SCHEME_NAME, tokens, TokenType.SLIDING);
    }

    /**
     * Access tokens without a database read (django-ninja-jwt's {@code JWTStatelessUserAuthentication}): the
     * principal is the verified {@link Token}, whose claims say who the user is.
     */
    public static JwtAuth stateless(JwtTokens tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return new JwtAuth(
                SCHEME_NAME, token -> verified(tokens, token, TokenType.ACCESS).map(Object.class::cast));
    }

    /**
     * {@link #of}, declared now and resolved when the application starts, with the {@link JwtTokens} of its DI
     * container (for an API defined before the application opens its database). Used before it is resolved (e.g.
     * outside a pipeline), it fails with an {@link IllegalStateException}.
     */
    public static JwtAuth fromContainer() {
        return deferred(JwtAuth::of);
    }

    /** {@link #sliding}, declared now, with the {@link JwtTokens} of the application's container (see {@link #fromContainer()}). */
    public static JwtAuth slidingFromContainer() {
        return deferred(JwtAuth::sliding);
    }

    /** {@link #stateless}, declared now, with the {@link JwtTokens} of the application's container (see {@link #fromContainer()}). */
    public static JwtAuth statelessFromContainer() {
        return deferred(JwtAuth::stateless);
    }

    /** The same authentication under another scheme name (to register two JWT schemes on one API). */
    public JwtAuth named(String schemeName) {
        return new JwtAuth(schemeName, check, fromContainer);
    }

    /**
     * Itself, or for a {@link #fromContainer()} declaration the authentication over the container's
     * {@link JwtTokens} (under this declaration's scheme name).
     *
     * @throws IllegalStateException when the container has no {@link JwtTokens}
     */
    @Override
    public Auth resolve(StageContext context) {
        if (fromContainer.isEmpty()) {
            return this;
        }
        JwtTokens tokens;
        try {
            tokens = context.instance(JwtTokens.class);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    "JwtAuth.fromContainer() needs the application's JwtTokens in its DI container (e.g. "
                            + "Kunai.app().provide(JwtTokens.class, container -> JwtTokens.builder(...).build())): "
                            + e.getMessage(),
                    e);
        }
        return fromContainer.get().apply(tokens).named(name);
    }

    @Override
    public Optional<Object> authenticate(RequestContext context) {
        return bearer.authenticate(context);
    }

    @Override
    public String schemeName() {
        return name;
    }

    @Override
    public Map<String, Object> scheme() {
        return SCHEME;
    }

    @Override
    public Optional<String> challenge() {
        return bearer.challenge();
    }

    private static Map<String, Object> bearerJwtScheme() {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("type", "http");
        scheme.put("scheme", "bearer");
        scheme.put("bearerFormat", "JWT");
        return Collections.unmodifiableMap(scheme);
    }

    private static JwtAuth deferred(Function<JwtTokens, JwtAuth> create) {
        return new JwtAuth(
                SCHEME_NAME,
                token -> {
                    throw new IllegalStateException("JwtAuth.fromContainer() authenticates only in a pipeline, which "
                            + "resolves it with the application's JwtTokens at start-up");
                },
                Optional.of(create));
    }

    private static JwtAuth users(String name, JwtTokens tokens, TokenType type) {
        Objects.requireNonNull(tokens, "tokens");
        return new JwtAuth(name, token -> verified(tokens, token, type).flatMap(t -> user(tokens, t)));
    }

    private static Optional<Object> user(JwtTokens tokens, Token token) {
        return tokens.user(token).map(Object.class::cast);
    }

    private static Optional<Token> verified(JwtTokens tokens, String token, TokenType type) {
        try {
            return Optional.of(tokens.verify(token, type));
        } catch (HttpError e) {
            return Optional.empty();
        }
    }
}
