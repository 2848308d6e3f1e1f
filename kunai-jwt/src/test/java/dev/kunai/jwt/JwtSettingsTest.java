package dev.kunai.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code jwt.*} settings: defaults, units, and a message naming the key for every bad value. */
class JwtSettingsTest {

    static final String KEY = "settings-test-secret-that-is-32-bytes-long";

    private static JwtSettings read(Map<String, String> values) {
        return JwtSettings.fromSettings(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void defaultsAreDjangoNinjaJwts() {
        JwtSettings settings = read(Map.of("jwt.signing-key", KEY));

        assertThat(settings.keys().algorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(settings.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.refreshTokenLifetime()).isEqualTo(Duration.ofDays(1));
        assertThat(settings.slidingTokenLifetime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.slidingTokenRefreshLifetime()).isEqualTo(Duration.ofDays(1));
        assertThat(settings.leeway()).isZero();
        assertThat(settings.issuer()).isEmpty();
        assertThat(settings.audience()).isEmpty();
        assertThat(settings.rotateRefreshTokens()).isFalse();
        assertThat(settings.blacklistAfterRotation()).isFalse();
        assertThat(settings.updateLastLogin()).isFalse();
    }

    @Test
    void lifetimesAreSecondsOrIso8601AndFlagsAreBooleans() {
        JwtSettings settings = read(Map.of(
                "jwt.signing-key", KEY,
                "jwt.algorithm", "hs256",
                "jwt.access-token-lifetime", "900",
                "jwt.refresh-token-lifetime", "P7D",
                "jwt.leeway", "2.5",
                "jwt.issuer", "https://kunai.example",
                "jwt.audience", "books",
                "jwt.rotate-refresh-tokens", "true",
                "jwt.blacklist-after-rotation", "yes",
                "jwt.update-last-login", "on"));

        assertThat(settings.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.refreshTokenLifetime()).isEqualTo(Duration.ofDays(7));
        assertThat(settings.leeway()).isEqualTo(Duration.ofMillis(2500));
        assertThat(settings.issuer()).contains("https://kunai.example");
        assertThat(settings.audience()).contains("books");
        assertThat(settings.rotateRefreshTokens()).isTrue();
        assertThat(settings.blacklistAfterRotation()).isTrue();
        assertThat(settings.updateLastLogin()).isTrue();
    }

    @Test
    void aMissingOrBadValueNamesTheSetting() {
        assertThatThrownBy(() -> read(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'jwt.signing-key' is required");
        assertThatThrownBy(() -> read(Map.of("jwt.signing-key", "short")))
                .hasMessageContaining("'jwt.signing-key'")
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> read(Map.of("jwt.signing-key", KEY, "jwt.access-token-lifetime", "soon")))
                .hasMessageContaining("'jwt.access-token-lifetime' has an invalid value: 'soon'");
        assertThatThrownBy(() -> read(Map.of("jwt.signing-key", KEY, "jwt.refresh-token-lifetime", "0")))
                .hasMessageContaining("'jwt.refresh-token-lifetime'")
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> read(Map.of("jwt.signing-key", KEY, "jwt.rotate-refresh-tokens", "maybe")))
                .hasMessageContaining("'jwt.rotate-refresh-tokens' has an invalid value");
        assertThatThrownBy(() -> read(Map.of("jwt.algorithm", "none")))
                .hasMessageContaining("'jwt.algorithm' has an unsupported value: 'NONE'");
        assertThatThrownBy(() -> read(Map.of("jwt.algorithm", "RS256")))
                .hasMessageContaining("'jwt.public-key-file' is required");
    }

    @Test
    void blacklistingAfterRotationWithoutABlacklistStopsStartUp() {
        JwtSettings settings = JwtSettings.builder(JwtKeys.hs256(KEY))
                .rotateRefreshTokens(true)
                .blacklistAfterRotation(true)
                .build();

        assertThatThrownBy(() -> JwtTokens.builder(settings, new dev.kunai.jwt.support.People())
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a token blacklist");
    }
}
