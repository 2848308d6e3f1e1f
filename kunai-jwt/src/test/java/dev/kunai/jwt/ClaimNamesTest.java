package dev.kunai.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import dev.kunai.auth.users.AuthUser;
import dev.kunai.auth.users.UserStore;
import dev.kunai.jwt.support.People;
import dev.kunai.jwt.support.Person;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * django-ninja-jwt's {@code USER_ID_FIELD}, {@code USER_ID_CLAIM}, {@code TOKEN_TYPE_CLAIM}, {@code JTI_CLAIM} and
 * token type names: tokens are issued and verified under the configured names only.
 */
class ClaimNamesTest {

    static final String KEY = "claim-names-test-secret-that-is-32-bytes-long";

    private static final Map<String, String> RENAMED = Map.of(
            "jwt.signing-key", KEY,
            "jwt.user-id-field", "username",
            "jwt.user-id-claim", "sub",
            "jwt.token-type-claim", "kind",
            "jwt.jti-claim", "token_id",
            "jwt.access-token-type", "acc",
            "jwt.refresh-token-type", "ref",
            "jwt.sliding-token-type", "sld");

    private final People people = new People();
    private final SlidingTokensTest.MemoryBlacklist blacklist = new SlidingTokensTest.MemoryBlacklist();
    private AuthUser ann;

    @BeforeEach
    void addAnn() {
        people.add("7", "ann", "ann-password");
        ann = people.find("7").orElseThrow();
    }

    private JwtTokens tokens(Map<String, String> settings) {
        return JwtTokens.builder(JwtSettings.fromSettings(key -> Optional.ofNullable(settings.get(key))), people)
                .blacklist(blacklist)
                .build();
    }

    private static Map<String, Object> payload(Token token) throws Exception {
        return SignedJWT.parse(token.value()).getJWTClaimsSet().getClaims();
    }

    @Test
    void defaultsAreDjangoNinjaJwts() throws Exception {
        ClaimNames names = ClaimNames.defaults();
        assertThat(names.userIdField()).isEqualTo("id");
        assertThat(names.userIdClaim()).isEqualTo("user_id");
        assertThat(names.tokenTypeClaim()).isEqualTo("token_type");
        assertThat(names.jtiClaim()).isEqualTo("jti");
        assertThat(names.typeName(TokenType.ACCESS)).isEqualTo("access");

        TokenPair pair = tokens(Map.of("jwt.signing-key", KEY)).pair(ann);
        assertThat(payload(pair.access()))
                .containsEntry("user_id", "7")
                .containsEntry("token_type", "access")
                .containsKey("jti");
    }

    @Test
    void tokensAreIssuedUnderTheConfiguredNames() throws Exception {
        JwtTokens tokens = tokens(RENAMED);
        TokenPair pair = tokens.pair(ann);

        Map<String, Object> access = payload(pair.access());
        assertThat(access)
                .containsEntry("sub", "ann")
                .containsEntry("kind", "acc")
                .containsKey("token_id")
                .doesNotContainKeys("user_id", "token_type", "jti");
        assertThat(payload(pair.refresh())).containsEntry("kind", "ref").containsEntry("sub", "ann");
        assertThat(payload(tokens.sliding(ann))).containsEntry("kind", "sld");
        assertThat(pair.access().jti()).isEqualTo(access.get("token_id"));
        assertThat(pair.access().userId()).isEqualTo("ann");
    }

    @Test
    void tokensAreVerifiedAndUsersFoundUnderTheConfiguredNames() {
        JwtTokens tokens = tokens(RENAMED);
        TokenPair pair = tokens.pair(ann);

        Token verified = tokens.verify(pair.access().value(), TokenType.ACCESS);
        assertThat(verified.type()).isEqualTo(TokenType.ACCESS);
        assertThat(tokens.user(verified)).map(u -> ((Person) u).id()).contains("7");
        assertThat(tokens.verify(pair.refresh().value()).type()).isEqualTo(TokenType.REFRESH);
        assertThatThrownBy(() -> tokens.verify(pair.refresh().value(), TokenType.ACCESS))
                .isInstanceOf(InvalidToken.class)
                .hasMessage(InvalidToken.WRONG_TYPE);

        TokenPair refreshed = tokens.refresh(pair.refresh().value());
        assertThat(tokens.verify(refreshed.access().value(), TokenType.ACCESS).userId())
                .isEqualTo("ann");
    }

    @Test
    void theBlacklistRecordsTheConfiguredTokenId() throws Exception {
        JwtTokens tokens = tokens(RENAMED);
        TokenPair pair = tokens.pair(ann);

        tokens.blacklist(pair.refresh().value());

        assertThat(blacklist.blacklisted)
                .containsExactly((String) payload(pair.refresh()).get("token_id"));
        assertThatThrownBy(() -> tokens.refresh(pair.refresh().value()))
                .isInstanceOf(InvalidToken.class)
                .hasMessage(InvalidToken.BLACKLISTED);
    }

    @Test
    void aTokenWithTheDefaultNamesIsRejectedWhereOthersAreConfigured() {
        Token defaults = tokens(Map.of("jwt.signing-key", KEY)).pair(ann).access();
        JwtTokens renamed = tokens(RENAMED);

        assertThatThrownBy(() -> renamed.verify(defaults.value()))
                .as("same key, but no 'sub', 'kind' or 'token_id' claim")
                .isInstanceOf(InvalidToken.class);
        assertThatThrownBy(() -> renamed.verify(defaults.value(), TokenType.ACCESS))
                .isInstanceOf(InvalidToken.class);
    }

    @Test
    void aRenamedTypeIsNotTheDefaultOne() {
        Map<String, String> onlyTypes = Map.of("jwt.signing-key", KEY, "jwt.access-token-type", "acc");
        Token refresh = tokens(Map.of("jwt.signing-key", KEY)).pair(ann).refresh();
        Token access = tokens(onlyTypes).pair(ann).access();

        assertThatThrownBy(() -> tokens(Map.of("jwt.signing-key", KEY)).verify(access.value()))
                .isInstanceOf(InvalidToken.class)
                .hasMessage(InvalidToken.WRONG_TYPE);
        assertThat(tokens(onlyTypes).verify(refresh.value()).type()).isEqualTo(TokenType.REFRESH);
    }

    @Test
    void customClaimsCannotTakeTheConfiguredNames() {
        JwtTokens tokens = JwtTokens.builder(
                        JwtSettings.fromSettings(key -> Optional.ofNullable(RENAMED.get(key))), people)
                .customClaims(Person.class, person -> Map.of("kind", "admin"))
                .build();

        assertThatThrownBy(() -> tokens.pair(ann))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'kind'");
    }

    @Test
    void badNamesStopStartUpNamingTheSetting() {
        assertThatThrownBy(() -> JwtSettings.fromSettings(key -> Optional.ofNullable(
                        Map.of("jwt.signing-key", KEY, "jwt.jti-claim", " ").get(key))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jwt.jti-claim");
        assertThatThrownBy(() -> JwtSettings.fromSettings(
                        key -> Optional.ofNullable(Map.of("jwt.signing-key", KEY, "jwt.user-id-claim", "exp")
                                .get(key))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'exp'");
        assertThatThrownBy(() -> ClaimNames.builder().tokenTypeClaim("jti").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different names");
        assertThatThrownBy(() -> ClaimNames.builder()
                        .typeName(TokenType.SLIDING, "access")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("token types");
    }

    @Test
    void aUserIdFieldTheStoreCannotFindUsersByStopsStartUp() {
        UserStore<Person> onlyIds = new UserStore<>() {
            @Override
            public Class<Person> type() {
                return Person.class;
            }

            @Override
            public Optional<Person> find(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<Person> authenticate(String username, String password) {
                return Optional.empty();
            }

            @Override
            public String id(Person user) {
                return user.id();
            }

            @Override
            public void loggedIn(Person user) {}
        };
        JwtSettings settings = JwtSettings.builder(JwtKeys.hs256(KEY))
                .claimNames(ClaimNames.builder().userIdField("email").build())
                .build();

        assertThatThrownBy(() -> JwtTokens.builder(settings, onlyIds).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'email'")
                .hasMessageContaining("[id]");
    }
}
