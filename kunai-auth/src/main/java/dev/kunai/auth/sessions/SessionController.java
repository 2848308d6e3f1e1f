package dev.kunai.auth.sessions;

import dev.kunai.auth.users.AuthUser;
import dev.kunai.auth.users.UserStore;
import dev.kunai.http.HttpError;
import dev.kunai.http.RequestContext;
import dev.kunai.param.Body;
import dev.kunai.route.Controller;
import dev.kunai.route.Get;
import dev.kunai.route.Post;
import dev.kunai.security.Public;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;

/**
 * Ready-to-mount login, logout and CSRF-token operations for session authentication (Django's
 * {@code LoginView} / {@code LogoutView} as JSON). Mount it in an API next to the controllers that use
 * {@link SessionAuth}, and bind that {@code SessionAuth} in the container. Its operations are {@link Public}:
 * they are how a client gets a session.
 */
@Public
@Controller(value = "auth", tags = "Auth")
public class SessionController {

    /** The detail of the 401 a wrong username or password gets (ninja-jwt's wording). */
    public static final String INVALID = "No active account found with the given credentials";

    private final SessionAuth auth;

    /** The operations over {@code auth}'s sessions and users. */
    @Inject
    public SessionController(SessionAuth auth) {
        this.auth = auth;
    }

    /**
     * Credentials of a login.
     *
     * @param username the user's login name
     * @param password the user's password
     */
    public record LoginIn(
            @NotBlank @Size(max = 150) String username,
            @NotBlank @Size(max = 4096) String password) {}

    /**
     * The logged-in user.
     *
     * @param username the user's login name
     * @param csrftoken the CSRF token to echo in {@code X-CSRFToken} on unsafe requests
     */
    public record LoginOut(String username, String csrftoken) {}

    /**
     * The CSRF token.
     *
     * @param csrftoken the token to echo in {@code X-CSRFToken}; also set as the {@code csrftoken} cookie
     */
    public record CsrfOut(String csrftoken) {}

    /** Logs in with username and password: a new session cookie and CSRF token; 401 when the credentials are wrong. */
    @Post("login")
    public LoginOut login(@Body LoginIn credentials, RequestContext context) {
        auth.sessions().settings().csrf().checkOrigin(context);
        return login(auth.users(), credentials, context);
    }

    private <U extends AuthUser> LoginOut login(UserStore<U> users, LoginIn credentials, RequestContext context) {
        Optional<U> user = users.authenticate(credentials.username(), credentials.password());
        if (user.isEmpty()) {
            throw new HttpError(401, INVALID);
        }
        String token = auth.sessions().login(context, users.id(user.get()), Map.of());
        users.loggedIn(user.get());
        return new LoginOut(user.get().username(), token);
    }

    /** Logs out: deletes the session and its cookie (204 whether or not there was one). */
    @Post(value = "logout", status = 204)
    public void logout(RequestContext context) {
        if (auth.sessions().current(context).isPresent()) {
            auth.sessions().settings().csrf().check(context);
        }
        auth.sessions().logout(context);
    }

    /** Returns the CSRF token, setting the {@code csrftoken} cookie when the client has none (Django's {@code get_token}). */
    @Get("csrf")
    public CsrfOut csrf(RequestContext context) {
        return new CsrfOut(auth.sessions().settings().csrf().token(context));
    }
}
