package dev.kunai.auth.sessions;

import dev.kunai.KunaiApi;
import dev.kunai.auth.hashers.Argon2Hasher;
import dev.kunai.auth.hashers.PasswordHashers;
import dev.kunai.auth.users.CurrentUser;
import dev.kunai.auth.users.User;
import dev.kunai.auth.users.Users;
import dev.kunai.data.db.Db;
import dev.kunai.http.RequestContext;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import java.time.Clock;
import java.util.Map;

/** A small API behind session authentication, for the session and CSRF tests. */
final class SessionApp {

    static final String SECRET = "test-secret-key-that-is-at-least-32-bytes";

    private SessionApp() {}

    @Controller("notes")
    public static class NotesController {
        @Get("me")
        public Map<String, String> me(RequestContext context) {
            return Map.of(
                    "username",
                    CurrentUser.of(context, User.class).orElseThrow().username());
        }

        @Post(value = "create", status = 201)
        public Map<String, String> create(RequestContext context) {
            return Map.of(
                    "created_by",
                    CurrentUser.of(context, User.class).orElseThrow().username());
        }
    }

    /** The pipeline over {@code db}, its session expiry judged by {@code clock}. */
    static Dispatcher dispatcher(Db db, Clock clock, SessionSettings settings) {
        Users users = Users.of(db, PasswordHashers.of(Argon2Hasher.create(1024, 1, 1)));
        SessionAuth auth = SessionAuth.of(Sessions.of(settings, new DbSessionStore(db, clock), clock), users);
        return Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(SessionController.class, NotesController.class)
                        .auth(auth)
                        .build())
                .container(GuiceContainer.builder()
                        .bind(SessionAuth.class, auth)
                        .bind(Users.class, users)
                        .build())
                .build();
    }
}
