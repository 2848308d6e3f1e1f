package dev.kunai.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.kunai.auth.sessions.SessionController;
import dev.kunai.auth.users.AuthUser;
import dev.kunai.auth.users.UserStore;
import dev.kunai.jwt.blacklist.TokenBlacklist;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Issues, refreshes, verifies and blacklists tokens for the users of a {@link UserStore} (django-ninja-jwt's
 * {@code RefreshToken.for_user}, {@code AccessToken}, {@code SlidingToken} and the token schemas' logic). One
 * instance per application, built at start-up; bind it in the container for the token controllers and use it in
 * {@link dev.kunai.jwt.auth.JwtAuth}. Every rejection is an {@link InvalidToken} (401). Works with any user
 * type: Kunai's {@code User} through {@code Users}, or an application's own through its {@link UserStore}.
 */
public final class JwtTokens {

    /** The 401 detail of a wrong username or password (django-ninja-jwt's {@code no_active_account}). */
    public static final String NO_ACTIVE_ACCOUNT = SessionController.INVALID;

    private final JwtSettings settings;
    private final TokenBackend backend;
    private final UserStore<?> users;
    private final Optional<TokenBlacklist> blacklist;
    private final CustomClaims<AuthUser> customClaims;
    private final ClaimNames names;

    private JwtTokens(Builder b) {
        this.settings = b.settings;
        this.backend = new TokenBackend(b.settings, b.clock);
        this.users = b.users;
        this.blacklist = Optional.ofNullable(b.blacklist);
        this.customClaims = b.customClaims;
        this.names = settings.claimNames();
        if (!users.idFields().contains(names.userIdField())) {
            throw new IllegalStateException("The user id field '" + names.userIdField() + "' (jwt.user-id-field) is "
                    + "not one the user store can find users by: " + users.idFields());
        }
        if (settings.blacklistAfterRotation() && blacklist.isEmpty()) {
            throw new IllegalStateException(
                    "blacklistAfterRotation needs a token blacklist (JwtTokens.builder(...).blacklist(...))");
        }
    }

    /** Starts tokens for {@code users} with {@code settings}. */
    public static Builder builder(JwtSettings settings, UserStore<?> users) {
        return new Builder(settings, users);
    }

    /** The settings. */
    public JwtSettings settings() {
        return settings;
    }

    /** The users tokens are issued to. */
    public UserStore<?> users() {
        return users;
    }

    /** The blacklist, if one is configured. */
    public Optional<TokenBlacklist> blacklist() {
        return blacklist;
    }

    /**
     * The active user with these credentials (Django's {@code authenticate}), recording the login when
     * {@link JwtSettings#updateLastLogin()}; 401 {@value #NO_ACTIVE_ACCOUNT} otherwise.
     */
    public AuthUser authenticate(String username, String password) {
        AuthUser user = users.authenticate(username, password).orElseThrow(() -> new InvalidToken(NO_ACTIVE_ACCOUNT));
        if (settings.updateLastLogin()) {
            loggedIn(users, user);
        }
        return user;
    }

    /** A new refresh token for {@code user} and an access token made from it (recorded in the blacklist's list). */
    public TokenPair pair(AuthUser user) {
        Token refresh = issue(TokenType.REFRESH, user, settings.refreshTokenLifetime());
        return new TokenPair(access(refresh), refresh);
    }

    /** A new sliding token for {@code user}, refreshable until {@link JwtSettings#slidingTokenRefreshLifetime()}. */
    public Token sliding(AuthUser user) {
        return issue(TokenType.SLIDING, user, settings.slidingTokenLifetime());
    }

    /**
     * A new access token for a valid refresh token; with rotation, also a new refresh token (the old one blacklisted
     * when {@link JwtSettings#blacklistAfterRotation()}, so it works only once), else the same refresh token back.
     * A user who was deactivated or deleted meanwhile gets 401 {@value #NO_ACTIVE_ACCOUNT}.
     */
    public TokenPair refresh(String refreshToken) {
        Token refresh = activeUsers(verify(refreshToken, TokenType.REFRESH));
        if (!settings.rotateRefreshTokens()) {
            return new TokenPair(access(refresh), refresh);
        }
        if (settings.blacklistAfterRotation()) {
            blacklist(refresh);
        }
        JWTClaimsSet.Builder claims =
                new JWTClaimsSet.Builder(refresh.claimsSet()).claim(names.jtiClaim(), ClaimsFactory.newJti());
        Token rotated = record(signed(
                TokenType.REFRESH,
                ClaimsFactory.times(claims, now(), settings.refreshTokenLifetime())
                        .build()));
        return new TokenPair(access(rotated), rotated);
    }

    /**
     * The sliding token with new {@code iat} and {@code exp} (same {@code jti}), while its {@code refresh_exp} has
     * not passed (django-ninja-jwt's {@code TokenRefreshSlidingSchema}) and its user is still active.
     */
    public Token refreshSliding(String slidingToken) {
        Token token = activeUsers(verify(slidingToken, TokenType.SLIDING));
        Object refreshExp = token.claim(Token.REFRESH_EXP_CLAIM).orElse(0L);
        long limit = refreshExp instanceof Number n ? n.longValue() : 0L;
        if (!Instant.ofEpochSecond(limit).plus(settings.leeway()).isAfter(now())) {
            throw new InvalidToken("Token 'refresh_exp' claim has expired");
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder(token.claimsSet());
        return signed(
                TokenType.SLIDING,
                ClaimsFactory.times(claims, now(), settings.slidingTokenLifetime())
                        .build());
    }

    /**
     * The verified token of any type (django-ninja-jwt's {@code UntypedToken}, what {@code /token/verify} checks);
     * refresh and sliding tokens must also not be blacklisted.
     */
    public Token verify(String token) {
        JWTClaimsSet claims = backend.verify(token);
        TokenType type = names.typeOf(claims.getClaim(names.tokenTypeClaim()))
                .orElseThrow(() -> new InvalidToken(InvalidToken.WRONG_TYPE));
        return checked(new Token(token, type, claims, names));
    }

    /** The verified token, which must be of {@code expected} type ({@value InvalidToken#WRONG_TYPE} otherwise). */
    public Token verify(String token, TokenType expected) {
        JWTClaimsSet claims = backend.verify(token);
        if (!names.typeName(expected).equals(claims.getClaim(names.tokenTypeClaim()))) {
            throw new InvalidToken(InvalidToken.WRONG_TYPE);
        }
        return checked(new Token(token, expected, claims, names));
    }

    /**
     * Blacklists a valid refresh (or sliding) token, e.g. at logout (django-ninja-jwt's {@code /token/blacklist});
     * {@value InvalidToken#BLACKLISTED} if it already was.
     */
    public void blacklist(String token) {
        Token verified = verify(token);
        if (verified.type() == TokenType.ACCESS) {
            throw new InvalidToken(InvalidToken.WRONG_TYPE);
        }
        blacklist(verified);
    }

    /**
     * The active user a verified token was issued to, if they still exist and are active: found by the
     * {@link ClaimNames#userIdField()} (default {@code id}).
     */
    public Optional<AuthUser> user(Token token) {
        return users.findBy(names.userIdField(), token.userId()).map(AuthUser.class::cast);
    }

    private Token activeUsers(Token token) {
        if (user(token).isEmpty()) {
            throw new InvalidToken(NO_ACTIVE_ACCOUNT);
        }
        return token;
    }

    private void blacklist(Token token) {
        TokenBlacklist list =
                blacklist.orElseThrow(() -> new IllegalStateException("No token blacklist is configured"));
        if (!list.blacklist(token.jti(), token.userId(), token.expiresAt())) {
            throw new InvalidToken(InvalidToken.BLACKLISTED);
        }
    }

    private Token checked(Token token) {
        if (token.type() != TokenType.ACCESS
                && blacklist.isPresent()
                && blacklist.get().isBlacklisted(token.jti())) {
            throw new InvalidToken(InvalidToken.BLACKLISTED);
        }
        return token;
    }

    private Token issue(TokenType type, AuthUser user, java.time.Duration lifetime) {
        Instant now = now();
        JWTClaimsSet.Builder claims = ClaimsFactory.forUser(
                names, type, idOf(users, user, names.userIdField()), customClaims.claims(user), now, lifetime);
        if (type == TokenType.SLIDING) {
            claims.claim(
                    Token.REFRESH_EXP_CLAIM,
                    now.plus(settings.slidingTokenRefreshLifetime()).getEpochSecond());
        }
        return record(signed(type, claims.build()));
    }

    private Token access(Token refresh) {
        JWTClaimsSet.Builder claims = ClaimsFactory.accessFrom(names, refresh.claimsSet());
        return signed(
                TokenType.ACCESS,
                ClaimsFactory.times(claims, now(), settings.accessTokenLifetime())
                        .build());
    }

    private Token record(Token token) {
        blacklist.ifPresent(list -> list.outstanding(token.jti(), token.userId(), token.issuedAt(), token.expiresAt()));
        return token;
    }

    private Token signed(TokenType type, JWTClaimsSet claims) {
        return backend.sign(type, claims);
    }

    private static <U extends AuthUser> String idOf(UserStore<U> store, AuthUser user, String field) {
        return store.idOf(store.type().cast(user), field);
    }

    private static <U extends AuthUser> void loggedIn(UserStore<U> store, AuthUser user) {
        store.loggedIn(store.type().cast(user));
    }

    private Instant now() {
        return backend.clock().instant();
    }

    /** Builds {@link JwtTokens}. */
    public static final class Builder {
        private final JwtSettings settings;
        private final UserStore<?> users;
        private TokenBlacklist blacklist;
        private CustomClaims<AuthUser> customClaims = CustomClaims.none();
        private Clock clock = Clock.systemUTC();

        private Builder(JwtSettings settings, UserStore<?> users) {
            this.settings = Objects.requireNonNull(settings, "settings");
            this.users = Objects.requireNonNull(users, "users");
        }

        /** Records issued refresh and sliding tokens in {@code value} and rejects the blacklisted ones. */
        public Builder blacklist(TokenBlacklist value) {
            this.blacklist = Objects.requireNonNull(value, "blacklist");
            return this;
        }

        /**
         * Adds {@code value}'s claims to every token issued to a user of {@code type} (the user store's type, e.g.
         * {@code User.class}); {@code IllegalArgumentException} when {@code type} is not the store's user type.
         */
        public <U extends AuthUser> Builder customClaims(Class<U> type, CustomClaims<? super U> value) {
            Objects.requireNonNull(value, "customClaims");
            if (!type.isAssignableFrom(users.type())) {
                throw new IllegalArgumentException(
                        "The users are " + users.type().getName() + ", not " + type.getName());
            }
            this.customClaims = user -> value.claims(type.cast(user));
            return this;
        }

        /** Judges and stamps token times with {@code value} (default the system clock; for tests). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The tokens; {@code IllegalStateException} when blacklisting after rotation is on without a blacklist, or
         * when the user store cannot find users by the configured {@link ClaimNames#userIdField()}.
         */
        public JwtTokens build() {
            return new JwtTokens(this);
        }
    }
}
