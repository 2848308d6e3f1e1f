package dev.kunai.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.KunaiApi;
import dev.kunai.app.Kunai;
import dev.kunai.app.KunaiApp;
import dev.kunai.app.settings.Settings;
import dev.kunai.auth.KunaiAuth;
import dev.kunai.auth.sessions.SessionAuth;
import dev.kunai.auth.sessions.SessionController;
import dev.kunai.auth.sessions.SessionSettings;
import dev.kunai.auth.sessions.Sessions;
import dev.kunai.auth.users.AuthUser;
import dev.kunai.auth.users.CurrentUser;
import dev.kunai.auth.users.Users;
import dev.kunai.data.db.Database;
import dev.kunai.data.db.Db;
import dev.kunai.http.RequestContext;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.testing.TestClient;
import dev.kunai.testing.TestRequest;
import dev.kunai.testing.TestResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The runnable example of docs/users-and-sessions.md's "Sessions in Redis": a {@code KunaiApp} whose sessions live
 * in the Redis of {@code REDIS_URL}; a session made by one instance of the application is valid on another, and a
 * logout on one ends it on both.
 */
class RedisSessionsInKunaiAppTest {

    private static final String SECRET = "test-secret-key-that-is-at-least-32-bytes";

    /** Who the session's user is. */
    @Controller("notes")
    public static class NotesController {
        /** The user's name. */
        @Get("me")
        public Map<String, String> me(RequestContext context) {
            return Map.of(
                    "username",
                    CurrentUser.of(context, AuthUser.class).orElseThrow().username());
        }
    }

    static final KunaiApi API = KunaiApi.builder()
            .controllers(SessionController.class, NotesController.class)
            .auth(SessionAuth.fromContainer())
            .build();

    // tag::sessions[]
    public static KunaiApp app(Database database) {
        return Kunai.app()
                .database(KunaiAuth.install(database))
                .provide(
                        Redis.class,
                        container -> Redis.create( // REDIS_URL; closed when the application stops
                                RedisSettings.fromSettings(container.instance(Settings.class)::get)))
                .provide(
                        SessionAuth.class,
                        container -> SessionAuth.of(
                                Sessions.of(
                                        SessionSettings.of(container
                                                .instance(Settings.class)
                                                .get("secret-key")
                                                .orElseThrow()),
                                        RedisSessionStore.on(container.instance(Redis.class))),
                                container.instance(Users.class)))
                .mount("/api/", API);
    }
    // end::sessions[]

    @Test
    void aSessionMadeByOneInstanceIsValidOnAnotherUntilLogout() {
        RedisSettings redis = RedisServers.shared();
        KunaiApp app = app(Database.of(
                        "h2:mem:redis_sessions_" + UUID.randomUUID().toString().replace("-", "")))
                .settings(Settings.of(
                        Map.of("secret-key", SECRET, "redis.url", redis.url(), "redis.key-prefix", redis.keyPrefix()),
                        name -> null));
        Db db = app.openDb().orElseThrow();
        try {
            new Users(db).createUser("ann", "", "ann-password");
            TestClient one = TestClient.of(
                    app.dispatcher(setup -> setup.bind(Db.class, db).requestValue(db.requestSessions())));
            TestClient two = TestClient.of(
                    app.dispatcher(setup -> setup.bind(Db.class, db).requestValue(db.requestSessions())));

            TestResponse login = one.send(TestRequest.of("POST", "/api/auth/login")
                    .json(Map.of("username", "ann", "password", "ann-password")));
            String session = cookie(login, "sessionid");
            String csrf = cookie(login, "csrftoken");

            TestResponse onTwo = two.send(TestRequest.of("GET", "/api/notes/me").cookie("sessionid", session));
            assertThat(onTwo.status()).isEqualTo(200);
            assertThat(onTwo.json().get("username").asText()).isEqualTo("ann");

            TestResponse logout = two.send(TestRequest.of("POST", "/api/auth/logout")
                    .cookie("sessionid", session)
                    .cookie("csrftoken", csrf)
                    .header("X-CSRFToken", csrf));
            assertThat(logout.status()).isEqualTo(204);
            assertThat(one.send(TestRequest.of("GET", "/api/notes/me").cookie("sessionid", session))
                            .status())
                    .isEqualTo(401);
        } finally {
            db.close();
            RedisServers.clean(redis);
        }
    }

    private static String cookie(TestResponse response, String name) {
        for (var header : response.headers()) {
            if (header.name().equalsIgnoreCase("Set-Cookie") && header.value().startsWith(name + "=")) {
                return header.value().substring(name.length() + 1).split(";")[0];
            }
        }
        throw new AssertionError("no " + name + " cookie in " + response.headers());
    }
}
