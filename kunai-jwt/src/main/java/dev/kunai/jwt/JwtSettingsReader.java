package dev.kunai.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads the {@code jwt.*} settings into {@link JwtSettings} (see {@link JwtSettings#fromSettings}). */
final class JwtSettingsReader {

    private JwtSettingsReader() {}

    static JwtSettings read(Function<String, Optional<String>> settings) {
        JwtSettings.Builder builder = JwtSettings.builder(keys(settings));
        duration(settings, "jwt.access-token-lifetime", builder::accessTokenLifetime);
        duration(settings, "jwt.refresh-token-lifetime", builder::refreshTokenLifetime);
        duration(settings, "jwt.sliding-token-lifetime", builder::slidingTokenLifetime);
        duration(settings, "jwt.sliding-token-refresh-lifetime", builder::slidingTokenRefreshLifetime);
        duration(settings, "jwt.leeway", builder::leeway);
        settings.apply("jwt.issuer").ifPresent(builder::issuer);
        settings.apply("jwt.audience").ifPresent(builder::audience);
        bool(settings, "jwt.rotate-refresh-tokens", builder::rotateRefreshTokens);
        bool(settings, "jwt.blacklist-after-rotation", builder::blacklistAfterRotation);
        bool(settings, "jwt.update-last-login", builder::updateLastLogin);
        return builder.claimNames(claimNames(settings)).build();
    }

    private static ClaimNames claimNames(Function<String, Optional<String>> settings) {
        ClaimNames.Builder names = ClaimNames.builder();
        name(settings, "jwt.user-id-field", names::userIdField);
        name(settings, "jwt.user-id-claim", names::userIdClaim);
        name(settings, "jwt.token-type-claim", names::tokenTypeClaim);
        name(settings, "jwt.jti-claim", names::jtiClaim);
        name(settings, "jwt.access-token-type", value -> names.typeName(TokenType.ACCESS, value));
        name(settings, "jwt.refresh-token-type", value -> names.typeName(TokenType.REFRESH, value));
        name(settings, "jwt.sliding-token-type", value -> names.typeName(TokenType.SLIDING, value));
        try {
            return names.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Settings 'jwt.*-claim' / 'jwt.*-token-type': " + e.getMessage(), e);
        }
    }

    private static void name(Function<String, Optional<String>> settings, String key, Consumer<String> to) {
        settings.apply(key).ifPresent(value -> {
            try {
                to.accept(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Setting '" + key + "': " + e.getMessage(), e);
            }
        });
    }

    private static JwtKeys keys(Function<String, Optional<String>> settings) {
        String name = settings.apply("jwt.algorithm").orElse("HS256").strip().toUpperCase(Locale.ROOT);
        JWSAlgorithm algorithm = JWSAlgorithm.parse(name);
        if (JWSAlgorithm.Family.HMAC_SHA.contains(algorithm)) {
            String secret = settings.apply("jwt.signing-key")
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Setting 'jwt.signing-key' is required for " + name + " (at least 32 bytes)"));
            return guarded("jwt.signing-key", () -> JwtKeys.hmac(algorithm, secret.getBytes(StandardCharsets.UTF_8)));
        }
        if (!JwtKeys.isAsymmetric(algorithm)) {
            throw new IllegalArgumentException("Setting 'jwt.algorithm' has an unsupported value: '" + name
                    + "' (HS256, HS384, HS512, RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384 or ES512)");
        }
        Path publicKey = settings.apply("jwt.public-key-file")
                .map(Path::of)
                .orElseThrow(
                        () -> new IllegalArgumentException("Setting 'jwt.public-key-file' is required for " + name));
        Optional<Path> privateKey = settings.apply("jwt.private-key-file").map(Path::of);
        return guarded("jwt.public-key-file", () -> JwtKeys.fromPemFiles(algorithm, publicKey, privateKey));
    }

    private static JwtKeys guarded(String key, java.util.function.Supplier<JwtKeys> load) {
        try {
            return load.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Setting '" + key + "': " + e.getMessage(), e);
        }
    }

    private static void duration(Function<String, Optional<String>> settings, String key, Consumer<Duration> to) {
        settings.apply(key).ifPresent(value -> {
            Duration parsed;
            try {
                String s = value.strip();
                parsed = s.startsWith("P") || s.startsWith("p")
                        ? Duration.parse(s)
                        : Duration.ofMillis((long) (Double.parseDouble(s) * 1000));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "Setting '" + key + "' has an invalid value: '" + value + "' (seconds, or ISO-8601 like PT5M)");
            }
            try {
                to.accept(parsed);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Setting '" + key + "': " + e.getMessage(), e);
            }
        });
    }

    private static void bool(Function<String, Optional<String>> settings, String key, Consumer<Boolean> to) {
        settings.apply(key)
                .ifPresent(value -> to.accept(
                        switch (value.strip().toLowerCase(Locale.ROOT)) {
                            case "true", "1", "yes", "on" -> true;
                            case "false", "0", "no", "off" -> false;
                            default ->
                                throw new IllegalArgumentException(
                                        "Setting '" + key + "' has an invalid value: '" + value + "' (true or false)");
                        }));
    }
}
