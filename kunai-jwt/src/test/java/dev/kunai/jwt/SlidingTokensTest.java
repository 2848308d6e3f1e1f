package dev.kunai.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.auth.users.CurrentUser;
import dev.kunai.http.RequestContext;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.jwt.auth.JwtAuth;
import dev.kunai.jwt.blacklist.TokenBlacklist;
import dev.kunai.jwt.controllers.SlidingTokenController;
import dev.kunai.jwt.support.MovableClock;
import dev.kunai.jwt.support.People;
import dev.kunai.jwt.support.Person;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sliding tokens (django-ninja-jwt's {@code NinjaJWTSlidingController} + {@code SlidingToken} auth). */
class SlidingTokensTest {

    @Controller("notes")
    public static class NotesController {
        @Get("me")
        public Map<String, String> me(RequestContext context) {
            return Map.of(
                    "username",
                    CurrentUser.of(context, Person.class).orElseThrow().username());
        }
    }

    /** A blacklist in memory, enough to show sliding tokens honour it. */
    static final class MemoryBlacklist implements TokenBlacklist {
        final Set<String> blacklisted = ConcurrentHashMap.newKeySet();

        @Override
        public void outstanding(String jti, String userId, Instant issuedAt, Instant expiresAt) {}

        @Override
        public boolean blacklist(String jti, String userId, Instant expiresAt) {
            return blacklisted.add(jti);
        }

        @Override
        public boolean isBlacklisted(String jti) {
            return blacklisted.contains(jti);
        }

        @Override
        public int flushExpired(Instant now) {
            return 0;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final MemoryBlacklist blacklist = new MemoryBlacklist();
    private TestClient client;
    private JwtTokens tokens;

    @BeforeEach
    void start() {
        People people = new People();
        people.add("3", "ann", "ann-password");
        tokens = JwtTokens.builder(
                        JwtSettings.builder(JwtKeys.hs256("sliding-test-secret-that-is-32-bytes-long"))
                                .slidingTokenLifetime(Duration.ofMinutes(5))
                                .slidingTokenRefreshLifetime(Duration.ofHours(1))
                                .build(),
                        people)
                .blacklist(blacklist)
                .clock(clock)
                .build();
        client = TestClient.of(Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .controllers(SlidingTokenController.class, NotesController.class)
                        .auth(JwtAuth.sliding(tokens))
                        .build())
                .container(
                        GuiceContainer.builder().bind(JwtTokens.class, tokens).build())
                .build());
    }

    private String obtain() {
        TestResponse response =
                client.post("/api/token/sliding", Map.of("username", "ann", "password", "ann-password"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("username").asText()).isEqualTo("ann");
        return response.json().get("token").asText();
    }

    private int me(String token) {
        return client.send(TestRequest.of("GET", "/api/notes/me").header("Authorization", "Bearer " + token))
                .status();
    }

    private TestResponse slide(String token) {
        return client.post("/api/token/sliding/refresh", Map.of("token", token));
    }

    @Test
    void aSlidingTokenAuthenticatesAndIsRefreshedUntilItsRefreshPeriodEnds() {
        String token = obtain();
        assertThat(me(token)).isEqualTo(200);

        clock.advance(Duration.ofMinutes(4));
        String slid = slide(token).json().get("token").asText();
        clock.advance(Duration.ofMinutes(4)); // the first token expired; the slid one has a minute left
        assertThat(me(token)).isEqualTo(401);
        assertThat(me(slid)).isEqualTo(200);
        assertThat(jti(slid)).as("sliding keeps the token's id").isEqualTo(jti(token));

        for (int i = 0; i < 14; i++) { // keep sliding every 4 minutes until the hour of refresh_exp is over
            TestResponse response = slide(slid);
            clock.advance(Duration.ofMinutes(4));
            if (response.status() != 200) {
                assertThat(response.status()).isEqualTo(401);
                assertThat(response.text()).isEqualTo("{\"detail\":\"Token 'refresh_exp' claim has expired\"}");
                return;
            }
            slid = response.json().get("token").asText();
        }
        throw new AssertionError("the sliding token was refreshed past its refresh_exp");
    }

    private static String jti(String token) {
        try {
            return com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAccessTokenIsNotASlidingTokenAndABlacklistedSlidingTokenIsRefused() {
        String token = obtain();
        TestResponse wrongType =
                slide(tokens.pair(new Person("3", "ann", true)).access().value());
        assertThat(wrongType.status()).isEqualTo(401);
        assertThat(wrongType.text()).isEqualTo("{\"detail\":\"Token has wrong type\"}");

        tokens.blacklist(token);

        assertThat(me(token)).isEqualTo(401);
        assertThat(slide(token).text()).isEqualTo("{\"detail\":\"Token is blacklisted\"}");
    }
}
