package dev.kunai.auth.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kunai.KunaiApi;
import dev.kunai.auth.users.AuthUser;
import dev.kunai.auth.users.CurrentUser;
import dev.kunai.auth.users.UserStore;
import dev.kunai.http.RequestContext;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link SessionStore} must do, run against each store ({@code DbSessionStore} on H2 and PostgreSQL,
 * kunai-redis's {@code RedisSessionStore} on a real Redis): load what was saved until it expires (real time, as
 * Redis's expiry cannot be given a test clock), replace, delete, keep live sessions through {@code deleteExpired},
 * and, under {@link Sessions}, lose the old session when a login rotates the key and the session at logout.
 * Keys are random, so one store serves every test of a class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SessionStoreContract {

    private SessionStore store;

    /** Opens the store under test (once per class). */
    protected abstract SessionStore open();

    /** Releases what {@link #open()} opened. */
    protected abstract void close();

    @BeforeAll
    final void openStore() {
        store = open();
    }

    @AfterAll
    final void closeStore() {
        close();
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static Instant inAnHour() {
        return Instant.now().plus(1, ChronoUnit.HOURS);
    }

    @Test
    void aSavedSessionLoadsWithItsValuesAndExpiry() {
        String key = key();
        Instant expiresAt = inAnHour();
        store.save(key, new SessionData(Map.of(SessionData.USER_ID, "42", "theme", "dark"), expiresAt));

        SessionData loaded = store.load(key).orElseThrow();

        assertThat(loaded.values()).containsExactlyInAnyOrderEntriesOf(Map.of("_auth_user_id", "42", "theme", "dark"));
        assertThat(loaded.expiresAt()).isCloseTo(expiresAt, within(1, ChronoUnit.SECONDS));
    }

    @Test
    void anUnknownKeyIsNoSession() {
        assertThat(store.load(key())).isEmpty();
    }

    @Test
    void savingAgainReplacesTheValues() {
        String key = key();
        store.save(key, new SessionData(Map.of("a", "1"), inAnHour()));
        store.save(key, new SessionData(Map.of("b", "2"), inAnHour()));

        assertThat(store.load(key).orElseThrow().values()).isEqualTo(Map.of("b", "2"));
    }

    @Test
    void deleteRemovesTheSessionAndIgnoresUnknownKeys() {
        String key = key();
        store.save(key, new SessionData(Map.of("a", "1"), inAnHour()));

        store.delete(key);
        store.delete(key());

        assertThat(store.load(key)).isEmpty();
    }

    @Test
    void aSessionIsNotLoadedOnceItHasExpired() throws InterruptedException {
        String soon = key();
        String past = key();
        Instant expiresAt = Instant.now().plusSeconds(3); // room for a slow first save on a loaded machine
        store.save(soon, new SessionData(Map.of("a", "1"), expiresAt));
        store.save(past, new SessionData(Map.of("a", "1"), Instant.now().minusSeconds(1)));
        assertThat(store.load(soon)).isPresent();

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiresAt).toMillis()) + 300);

        assertThat(store.load(soon)).isEmpty();
        assertThat(store.load(past)).isEmpty();
    }

    @Test
    void deleteExpiredKeepsLiveSessions() {
        String live = key();
        store.save(live, new SessionData(Map.of("a", "1"), inAnHour()));
        store.save(key(), new SessionData(Map.of("a", "1"), Instant.now().minusSeconds(1)));

        assertThat(store.deleteExpired()).isNotNegative();

        assertThat(store.load(live)).isPresent();
    }

    @Test
    void loginRotatesTheSessionAndLogoutDeletesIt() {
        TestClient client = TestClient.of(dispatcher());
        TestResponse first = login(client, Map.of());
        String firstSession = SessionSecurityTest.cookie(first, "sessionid");
        TestResponse second = login(client, Map.of("sessionid", firstSession));
        String session = SessionSecurityTest.cookie(second, "sessionid");
        String csrf = SessionSecurityTest.cookie(second, "csrftoken");

        assertThat(session).isNotEqualTo(firstSession);
        assertThat(me(client, firstSession).status())
                .as("the session before login")
                .isEqualTo(401);
        assertThat(me(client, session).json().get("username").asText()).isEqualTo("ann");

        TestResponse logout = client.send(TestRequest.of("POST", "/api/auth/logout")
                .cookie("sessionid", session)
                .cookie("csrftoken", csrf)
                .header("X-CSRFToken", csrf));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(me(client, session).status()).as("the session after logout").isEqualTo(401);
    }

    private Dispatcher dispatcher() {
        SessionAuth auth = SessionAuth.of(Sessions.of(SessionSettings.of(SessionApp.SECRET), store), new OneUser());
        return Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(SessionController.class, WhoController.class)
                        .auth(auth)
                        .build())
                .container(
                        GuiceContainer.builder().bind(SessionAuth.class, auth).build())
                .build();
    }

    private static TestResponse login(TestClient client, Map<String, String> cookies) {
        TestRequest request =
                TestRequest.of("POST", "/api/auth/login").json(Map.of("username", "ann", "password", "ann-password"));
        cookies.forEach(request::cookie);
        return client.send(request);
    }

    private static TestResponse me(TestClient client, String session) {
        return client.send(TestRequest.of("GET", "/api/notes/me").cookie("sessionid", session));
    }

    /** Who the session's user is. */
    @Controller("notes")
    public static class WhoController {
        /** The user's name. */
        @Get("me")
        public Map<String, String> me(RequestContext context) {
            return Map.of(
                    "username",
                    CurrentUser.of(context, AuthUser.class).orElseThrow().username());
        }
    }

    /** A user store of one user, so that the contract needs no database. */
    private static final class OneUser implements UserStore<OneUser.Ann> {
        record Ann(String username) implements AuthUser {
            @Override
            public boolean isActive() {
                return true;
            }

            @Override
            public boolean isStaff() {
                return false;
            }

            @Override
            public boolean isSuperuser() {
                return false;
            }

            @Override
            public boolean hasPermission(String permission) {
                return false;
            }
        }

        private static final Ann ANN = new Ann("ann");

        @Override
        public Class<Ann> type() {
            return Ann.class;
        }

        @Override
        public Optional<Ann> find(String id) {
            return id.equals("1") ? Optional.of(ANN) : Optional.empty();
        }

        @Override
        public Optional<Ann> authenticate(String username, String password) {
            return username.equals("ann") && password.equals("ann-password") ? Optional.of(ANN) : Optional.empty();
        }

        @Override
        public String id(Ann user) {
            return "1";
        }

        @Override
        public void loggedIn(Ann user) {}
    }
}
