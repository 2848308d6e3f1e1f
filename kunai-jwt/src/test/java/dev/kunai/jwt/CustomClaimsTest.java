package dev.kunai.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kunai.jwt.support.People;
import dev.kunai.jwt.support.Person;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The custom-claims hook: claims in refresh and sliding tokens, copied into access tokens, standard ones protected. */
class CustomClaimsTest {

    private final People people = new People();
    private final Person ann = people.add("9", "ann", "pw");
    private final JwtSettings settings = JwtSettings.builder(
                    JwtKeys.hs256("custom-claims-secret-that-is-32-bytes-long"))
            .rotateRefreshTokens(true)
            .build();

    @Test
    void customClaimsRideInEveryTokenAndSurviveRefreshAndRotation() {
        JwtTokens tokens = JwtTokens.builder(settings, people)
                .customClaims(
                        Person.class, user -> Map.of("name", user.username(), "roles", java.util.List.of("reader")))
                .build();

        TokenPair pair = tokens.pair(ann);
        TokenPair refreshed = tokens.refresh(pair.refresh().value());

        for (Token token : java.util.List.of(pair.access(), pair.refresh(), refreshed.access(), refreshed.refresh())) {
            Token verified = tokens.verify(token.value());
            assertThat(verified.claim("name")).contains("ann");
            assertThat(verified.claim("roles")).contains(java.util.List.of("reader"));
            assertThat(verified.userId()).isEqualTo("9");
        }
        assertThat(tokens.verify(tokens.sliding(ann).value()).claim("name")).contains("ann");
        assertThat(refreshed.refresh().jti()).isNotEqualTo(pair.refresh().jti());
    }

    @Test
    void aHookCannotReplaceAStandardClaimNorBeForAnotherUserType() {
        JwtTokens tokens = JwtTokens.builder(settings, people)
                .customClaims(Person.class, user -> Map.of("user_id", "0"))
                .build();

        assertThatThrownBy(() -> tokens.pair(ann))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'user_id'");
        assertThatThrownBy(() -> JwtTokens.builder(settings, people)
                        .customClaims(dev.kunai.auth.users.User.class, user -> Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
