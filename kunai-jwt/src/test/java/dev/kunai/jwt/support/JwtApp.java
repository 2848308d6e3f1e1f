package dev.kunai.jwt.support;

import dev.kunai.KunaiApi;
import dev.kunai.auth.hashers.Argon2Hasher;
import dev.kunai.auth.hashers.PasswordHashers;
import dev.kunai.auth.users.CurrentUser;
import dev.kunai.auth.users.User;
import dev.kunai.auth.users.Users;
import dev.kunai.data.db.Db;
import dev.kunai.http.RequestContext;
import dev.kunai.inject.GuiceContainer;
import dev.kunai.jwt.JwtKeys;
import dev.kunai.jwt.JwtSettings;
import dev.kunai.jwt.JwtTokens;
import dev.kunai.jwt.auth.JwtAuth;
import dev.kunai.jwt.blacklist.DbTokenBlacklist;
import dev.kunai.jwt.controllers.TokenBlacklistController;
import dev.kunai.jwt.controllers.TokenController;
import dev.kunai.pipeline.Dispatcher;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import java.time.Clock;
import java.util.Map;

/** A small API behind JWT authentication with the token operations mounted, for kunai-jwt's tests. */
public final class JwtApp {

    /** The HS256 secret the tests sign with. */
    public static final String SECRET = "kunai-jwt-test-secret-that-is-at-least-32-bytes";

    private JwtApp() {}

    /** An operation that needs a valid access token and answers who the user is. */
    @Controller("notes")
    public static class NotesController {
        /** The authenticated user's name and whether they are staff. */
        @Get("me")
        public Map<String, Object> me(RequestContext context) {
            User user = CurrentUser.of(context, User.class).orElseThrow();
            return Map.of("username", user.username(), "staff", user.isStaff());
        }
    }

    /** Users of {@code db} with cheap hashing (tests only). */
    public static Users users(Db db) {
        return Users.of(db, PasswordHashers.of(Argon2Hasher.create(1024, 1, 1)));
    }

    /** Settings with the test secret and django-ninja-jwt's defaults. */
    public static JwtSettings.Builder settings() {
        return JwtSettings.builder(JwtKeys.hs256(SECRET));
    }

    /** Tokens for {@code db}'s users with a blacklist, times judged by {@code clock}. */
    public static JwtTokens tokens(Db db, JwtSettings settings, Clock clock) {
        return JwtTokens.builder(settings, users(db))
                .blacklist(new DbTokenBlacklist(db, clock))
                .clock(clock)
                .build();
    }

    /** The pipeline: {@code /api/token/...} and {@code /api/notes/me} behind {@link JwtAuth}. */
    public static Dispatcher dispatcher(JwtTokens tokens) {
        return Dispatcher.builder()
                .mount(KunaiApi.builder()
                        .prefix("/api")
                        .controllers(TokenController.class, TokenBlacklistController.class, NotesController.class)
                        .auth(JwtAuth.of(tokens))
                        .build())
                .container(
                        GuiceContainer.builder().bind(JwtTokens.class, tokens).build())
                .build();
    }
}
