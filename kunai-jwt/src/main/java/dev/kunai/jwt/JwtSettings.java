package dev.kunai.jwt;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How tokens are made and checked (django-ninja-jwt's {@code NINJA_JWT} settings). Defaults are
 * django-ninja-jwt's: access tokens live 5 minutes, refresh tokens 1 day, sliding tokens 5 minutes and may be
 * refreshed for 1 day; no issuer, no audience, no leeway; refresh tokens are not rotated. Build with
 * {@link #builder(JwtKeys)} or read the {@code jwt.*} settings with {@link #fromSettings}.
 */
public final class JwtSettings {

    private final JwtKeys keys;
    private final Duration accessTokenLifetime;
    private final Duration refreshTokenLifetime;
    private final Duration slidingTokenLifetime;
    private final Duration slidingTokenRefreshLifetime;
    private final Optional<String> issuer;
    private final Optional<String> audience;
    private final Duration leeway;
    private final boolean rotateRefreshTokens;
    private final boolean blacklistAfterRotation;
    private final boolean updateLastLogin;
    private final ClaimNames claimNames;

    private JwtSettings(Builder b) {
        this.keys = b.keys;
        this.accessTokenLifetime = b.accessTokenLifetime;
        this.refreshTokenLifetime = b.refreshTokenLifetime;
        this.slidingTokenLifetime = b.slidingTokenLifetime;
        this.slidingTokenRefreshLifetime = b.slidingTokenRefreshLifetime;
        this.issuer = Optional.ofNullable(b.issuer);
        this.audience = Optional.ofNullable(b.audience);
        this.leeway = b.leeway;
        this.rotateRefreshTokens = b.rotateRefreshTokens;
        this.blacklistAfterRotation = b.blacklistAfterRotation;
        this.updateLastLogin = b.updateLastLogin;
        this.claimNames = b.claimNames;
    }

    /** Starts settings signing with {@code keys}, with django-ninja-jwt's defaults for everything else. */
    public static Builder builder(JwtKeys keys) {
        return new Builder(keys);
    }

    /**
     * Reads the {@code jwt.*} settings (see docs/jwt.md; pass {@code app.settings()::get}): {@code jwt.algorithm}
     * (default {@code HS256}), {@code jwt.signing-key} (HMAC secret, at least 32 bytes), {@code jwt.public-key-file}
     * and {@code jwt.private-key-file} (PEM, for RS/ES algorithms), lifetimes and {@code jwt.leeway} in seconds
     * ({@code 300}) or ISO-8601 ({@code PT5M}), {@code jwt.issuer}, {@code jwt.audience},
     * {@code jwt.rotate-refresh-tokens}, {@code jwt.blacklist-after-rotation}, {@code jwt.update-last-login}, and the
     * {@link ClaimNames}: {@code jwt.user-id-field}, {@code jwt.user-id-claim}, {@code jwt.token-type-claim},
     * {@code jwt.jti-claim}, {@code jwt.access-token-type}, {@code jwt.refresh-token-type},
     * {@code jwt.sliding-token-type}.
     * {@code IllegalArgumentException} naming the key when a value is missing or malformed.
     */
    public static JwtSettings fromSettings(Function<String, Optional<String>> settings) {
        return JwtSettingsReader.read(settings);
    }

    /** The algorithm and keys. */
    public JwtKeys keys() {
        return keys;
    }

    /** How long an access token is valid (default 5 minutes). */
    public Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }

    /** How long a refresh token is valid (default 1 day). */
    public Duration refreshTokenLifetime() {
        return refreshTokenLifetime;
    }

    /** How long a sliding token authenticates after it was issued or refreshed (default 5 minutes). */
    public Duration slidingTokenLifetime() {
        return slidingTokenLifetime;
    }

    /** How long after it was first issued a sliding token may be refreshed (default 1 day). */
    public Duration slidingTokenRefreshLifetime() {
        return slidingTokenRefreshLifetime;
    }

    /** The {@code iss} claim put in tokens and required of them, if any. */
    public Optional<String> issuer() {
        return issuer;
    }

    /** The {@code aud} claim put in tokens and required of them, if any. */
    public Optional<String> audience() {
        return audience;
    }

    /** How much clock skew {@code exp} and {@code nbf} checks forgive (default none). */
    public Duration leeway() {
        return leeway;
    }

    /** Whether refreshing also returns a new refresh token (django-ninja-jwt's {@code ROTATE_REFRESH_TOKENS}). */
    public boolean rotateRefreshTokens() {
        return rotateRefreshTokens;
    }

    /** Whether a rotated refresh token is blacklisted, so it works once ({@code BLACKLIST_AFTER_ROTATION}). */
    public boolean blacklistAfterRotation() {
        return blacklistAfterRotation;
    }

    /** Whether obtaining a token records the user's last login ({@code UPDATE_LAST_LOGIN}). */
    public boolean updateLastLogin() {
        return updateLastLogin;
    }

    /** The names of the user, type and id claims and of the token types (default django-ninja-jwt's). */
    public ClaimNames claimNames() {
        return claimNames;
    }

    @Override
    public String toString() {
        return "JwtSettings[" + keys.algorithm() + ", access=" + accessTokenLifetime + ", refresh="
                + refreshTokenLifetime + "]";
    }

    /** Builds {@link JwtSettings}; every lifetime must be positive and the leeway not negative. */
    public static final class Builder {
        private final JwtKeys keys;
        private Duration accessTokenLifetime = Duration.ofMinutes(5);
        private Duration refreshTokenLifetime = Duration.ofDays(1);
        private Duration slidingTokenLifetime = Duration.ofMinutes(5);
        private Duration slidingTokenRefreshLifetime = Duration.ofDays(1);
        private String issuer;
        private String audience;
        private Duration leeway = Duration.ZERO;
        private boolean rotateRefreshTokens;
        private boolean blacklistAfterRotation;
        private boolean updateLastLogin;
        private ClaimNames claimNames = ClaimNames.defaults();

        private Builder(JwtKeys keys) {
            this.keys = Objects.requireNonNull(keys, "keys");
        }

        /** Sets the access token lifetime. */
        public Builder accessTokenLifetime(Duration value) {
            this.accessTokenLifetime = positive(value, "accessTokenLifetime");
            return this;
        }

        /** Sets the refresh token lifetime. */
        public Builder refreshTokenLifetime(Duration value) {
            this.refreshTokenLifetime = positive(value, "refreshTokenLifetime");
            return this;
        }

        /** Sets the sliding token lifetime. */
        public Builder slidingTokenLifetime(Duration value) {
            this.slidingTokenLifetime = positive(value, "slidingTokenLifetime");
            return this;
        }

        /** Sets how long a sliding token may be refreshed. */
        public Builder slidingTokenRefreshLifetime(Duration value) {
            this.slidingTokenRefreshLifetime = positive(value, "slidingTokenRefreshLifetime");
            return this;
        }

        /** Sets the issuer ({@code iss}). */
        public Builder issuer(String value) {
            this.issuer = Objects.requireNonNull(value, "issuer");
            return this;
        }

        /** Sets the audience ({@code aud}). */
        public Builder audience(String value) {
            this.audience = Objects.requireNonNull(value, "audience");
            return this;
        }

        /** Sets the clock-skew leeway. */
        public Builder leeway(Duration value) {
            Objects.requireNonNull(value, "leeway");
            if (value.isNegative()) {
                throw new IllegalArgumentException("The leeway must not be negative, not " + value);
            }
            this.leeway = value;
            return this;
        }

        /** Turns refresh token rotation on or off. */
        public Builder rotateRefreshTokens(boolean value) {
            this.rotateRefreshTokens = value;
            return this;
        }

        /** Turns blacklisting of rotated refresh tokens on or off (needs a blacklist). */
        public Builder blacklistAfterRotation(boolean value) {
            this.blacklistAfterRotation = value;
            return this;
        }

        /** Turns recording the last login on token issue on or off. */
        public Builder updateLastLogin(boolean value) {
            this.updateLastLogin = value;
            return this;
        }

        /** Sets the claim and token type names (default {@link ClaimNames#defaults()}). */
        public Builder claimNames(ClaimNames value) {
            this.claimNames = Objects.requireNonNull(value, "claimNames");
            return this;
        }

        /** The settings. */
        public JwtSettings build() {
            return new JwtSettings(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, not " + value);
            }
            return value;
        }
    }
}
