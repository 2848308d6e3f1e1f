package dev.kunai.jwt.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.kunai.data.db.Db;
import dev.kunai.jwt.ClaimNames;
import dev.kunai.jwt.JwtSettings;
import dev.kunai.jwt.blacklist.DbTokenBlacklist;
import dev.kunai.jwt.blacklist.OutstandingToken;
import dev.kunai.jwt.support.JwtApp;
import dev.kunai.jwt.support.JwtTestDbs;
import dev.kunai.jwt.support.MovableClock;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The token operations end to end through the in-process client, with the blacklist in a real database
 * (run on H2 and on PostgreSQL by the subclasses): django-ninja-jwt's paths, bodies and 401s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TokenEndpointsContract {

    private Db db;
    private MovableClock clock;
    private TestClient client;

    /** The database under test, built by the migrations. */
    abstract Db openDb();

    @BeforeAll
    void start() {
        db = openDb();
    }

    @AfterAll
    void stop() {
        JwtTestDbs.drop(db);
    }

    @BeforeEach
    void fresh() {
        db.truncate();
        JwtApp.users(db).createUser("ann", "ann@example.com", "ann-password");
        JwtApp.users(db).createUser("bob", "", "bob-password");
        use(JwtApp.settings().build());
    }

    private void use(JwtSettings settings) {
        clock = new MovableClock();
        client = TestClient.of(JwtApp.dispatcher(JwtApp.tokens(db, settings, clock)));
    }

    private TestResponse pair(String username, String password) {
        return client.post("/api/token/pair", Map.of("username", username, "password", password));
    }

    private TestResponse me(String access) {
        return client.send(TestRequest.of("GET", "/api/notes/me").header("Authorization", "Bearer " + access));
    }

    private String refreshOf(TestResponse pair) {
        return pair.json().get("refresh").asText();
    }

    @Test
    void pairAnswersUsernameRefreshAndAccessAndTheAccessTokenAuthenticates() {
        TestResponse pair = pair("ann", "ann-password");

        assertThat(pair.status()).isEqualTo(200);
        assertThat(pair.json().get("username").asText()).isEqualTo("ann");
        assertThat(pair.json().get("refresh").asText()).isNotBlank();
        TestResponse me = me(pair.json().get("access").asText());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asText()).isEqualTo("ann");
        assertThat(outstanding())
                .as("the refresh token is recorded as outstanding")
                .hasSize(1);
    }

    @Test
    void wrongPasswordUnknownAndInactiveUsersGetTheSame401() {
        db.inTransaction(s -> s.first(dev.kunai.auth.users.User.class, "e.username = ?1", "bob")
                .orElseThrow()
                .active(false));
        for (TestResponse response :
                List.of(pair("ann", "wrong-password"), pair("nobody", "ann-password"), pair("bob", "bob-password"))) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.text())
                    .isEqualTo("{\"detail\":\"No active account found with the given credentials\"}");
        }
    }

    @Test
    void missingCredentialsAre422InTheErrorFormat() {
        TestResponse response = client.post("/api/token/pair", Map.of("username", "ann"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("detail").get(0).get("loc").toString()).contains("password");
    }

    @Test
    void refreshGivesANewAccessTokenAndTheSameRefreshTokenWithoutRotation() {
        String refresh = refreshOf(pair("ann", "ann-password"));

        TestResponse refreshed = client.post("/api/token/refresh", Map.of("refresh", refresh));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("refresh").asText()).isEqualTo(refresh);
        assertThat(me(refreshed.json().get("access").asText()).status()).isEqualTo(200);
    }

    @Test
    void anAccessTokenCannotRefreshAndARefreshTokenCannotAuthenticate() {
        TestResponse pair = pair("ann", "ann-password");

        TestResponse refreshWithAccess = client.post(
                "/api/token/refresh",
                Map.of("refresh", pair.json().get("access").asText()));
        assertThat(refreshWithAccess.status()).isEqualTo(401);
        assertThat(refreshWithAccess.text()).isEqualTo("{\"detail\":\"Token has wrong type\"}");

        TestResponse meWithRefresh = me(refreshOf(pair));
        assertThat(meWithRefresh.status()).isEqualTo(401);
        assertThat(meWithRefresh.text()).isEqualTo("{\"detail\":\"Unauthorized\"}");
        assertThat(meWithRefresh.header("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void verifyAnswersAnEmptyObjectForAValidTokenAnd401Otherwise() {
        TestResponse pair = pair("ann", "ann-password");

        TestResponse valid = client.post(
                "/api/token/verify", Map.of("token", pair.json().get("access").asText()));
        TestResponse invalid = client.post("/api/token/verify", Map.of("token", "not.a.token"));

        assertThat(valid.status()).isEqualTo(200);
        assertThat(valid.text()).isEqualTo("{}");
        assertThat(invalid.status()).isEqualTo(401);
        assertThat(invalid.text()).isEqualTo("{\"detail\":\"Token is invalid or expired\"}");
    }

    @Test
    void aBlacklistedRefreshTokenNoLongerRefreshesOrVerifies() {
        String refresh = refreshOf(pair("ann", "ann-password"));

        TestResponse blacklisted = client.post("/api/token/blacklist", Map.of("refresh", refresh));
        assertThat(blacklisted.status()).isEqualTo(200);
        assertThat(blacklisted.text()).isEqualTo("{}");

        for (TestResponse response : List.of(
                client.post("/api/token/refresh", Map.of("refresh", refresh)),
                client.post("/api/token/verify", Map.of("token", refresh)),
                client.post("/api/token/blacklist", Map.of("refresh", refresh)))) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.text()).isEqualTo("{\"detail\":\"Token is blacklisted\"}");
        }
    }

    @Test
    void rotationReturnsANewRefreshTokenAndBlacklistsTheOldOne() {
        use(JwtApp.settings()
                .rotateRefreshTokens(true)
                .blacklistAfterRotation(true)
                .build());
        String first = refreshOf(pair("ann", "ann-password"));

        TestResponse rotated = client.post("/api/token/refresh", Map.of("refresh", first));
        String second = rotated.json().get("refresh").asText();

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(second).isNotEqualTo(first);
        assertThat(me(rotated.json().get("access").asText()).status()).isEqualTo(200);
        TestResponse reused = client.post("/api/token/refresh", Map.of("refresh", first));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.text()).isEqualTo("{\"detail\":\"Token is blacklisted\"}");
        assertThat(client.post("/api/token/refresh", Map.of("refresh", second)).status())
                .isEqualTo(200);
    }

    @Test
    void aRotatedRefreshTokenUsedConcurrentlyWorksExactlyOnce() throws Exception {
        use(JwtApp.settings()
                .rotateRefreshTokens(true)
                .blacklistAfterRotation(true)
                .build());
        String refresh = refreshOf(pair("ann", "ann-password"));
        int attempts = 8;
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < attempts; i++) {
                statuses.add(CompletableFuture.supplyAsync(
                        () -> {
                            await(go);
                            return client.post("/api/token/refresh", Map.of("refresh", refresh))
                                    .status();
                        },
                        pool));
            }
            go.countDown();
            List<Integer> results =
                    statuses.stream().map(CompletableFuture::join).toList();
            assertThat(results).containsOnly(200, 401);
            assertThat(results.stream().filter(s -> s == 200)).hasSize(1);
        }
    }

    @Test
    void flushingDeletesOnlyTheRecordsOfExpiredTokens() {
        String expiring = refreshOf(pair("ann", "ann-password"));
        client.post("/api/token/blacklist", Map.of("refresh", expiring));
        clock.advance(Duration.ofHours(23));
        pair("bob", "bob-password");
        clock.advance(Duration.ofHours(2)); // ann's token (1 day) expired, bob's has 22 hours left

        int deleted = new DbTokenBlacklist(db, clock).flushExpired(clock.instant());

        assertThat(deleted).isEqualTo(1);
        assertThat(outstanding()).hasSize(1);
    }

    @Test
    void anExpiredAccessTokenIsRejectedAndRefreshingGivesAWorkingOne() {
        TestResponse pair = pair("ann", "ann-password");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(me(pair.json().get("access").asText()).status()).isEqualTo(401);
        TestResponse refreshed = client.post("/api/token/refresh", Map.of("refresh", refreshOf(pair)));
        assertThat(me(refreshed.json().get("access").asText()).status()).isEqualTo(200);
    }

    @Test
    void aDeactivatedUserCanNeitherAuthenticateNorRefresh() {
        TestResponse pair = pair("ann", "ann-password");
        db.inTransaction(s -> s.first(dev.kunai.auth.users.User.class, "e.username = ?1", "ann")
                .orElseThrow()
                .active(false));

        assertThat(me(pair.json().get("access").asText()).status()).isEqualTo(401);
        TestResponse refreshed = client.post("/api/token/refresh", Map.of("refresh", refreshOf(pair)));
        assertThat(refreshed.status()).isEqualTo(401);
        assertThat(refreshed.text()).isEqualTo("{\"detail\":\"No active account found with the given credentials\"}");
    }

    @Test
    void configuredClaimNamesIdentifyKunaiUsersByUsernameEndToEnd() throws Exception {
        use(JwtApp.settings()
                .claimNames(ClaimNames.builder()
                        .userIdField("username")
                        .userIdClaim("sub")
                        .jtiClaim("token_id")
                        .build())
                .build());
        TestResponse pair = pair("ann", "ann-password");
        String access = pair.json().get("access").asText();

        Map<String, Object> claims = SignedJWT.parse(access).getJWTClaimsSet().getClaims();
        assertThat(claims).containsEntry("sub", "ann").containsKey("token_id").doesNotContainKeys("user_id", "jti");
        assertThat(me(access).json().get("username").asText()).isEqualTo("ann");
        assertThat(outstanding()).extracting("userId").containsExactly("ann");
        assertThat(client.post("/api/token/blacklist", Map.of("refresh", refreshOf(pair)))
                        .status())
                .isEqualTo(200);
        assertThat(client.post("/api/token/refresh", Map.of("refresh", refreshOf(pair)))
                        .status())
                .isEqualTo(401);

        db.inTransaction(s -> s.first(dev.kunai.auth.users.User.class, "e.username = ?1", "ann")
                .orElseThrow()
                .active(false));
        assertThat(me(access).status())
                .as("an inactive user is not found by username")
                .isEqualTo(401);
    }

    private List<OutstandingToken> outstanding() {
        return db.read(s -> s.all(OutstandingToken.class));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
