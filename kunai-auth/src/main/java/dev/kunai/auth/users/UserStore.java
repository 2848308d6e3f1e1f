package dev.kunai.auth.users;

import java.util.Optional;

/**
 * Where the authenticators and the login operation find users (Django's authentication backend plus
 * {@code get_user}). Kunai's {@link Users} is the store of {@link User}; an application with its own user
 * entity implements this interface for it (hashing with {@link dev.kunai.auth.hashers.PasswordHashers}).
 *
 * @param <U> the application's user type
 */
public interface UserStore<U extends AuthUser> {

    /** The user type, which handlers can declare to receive the authenticated user. */
    Class<U> type();

    /** The active user whose {@link #id} is {@code id} (as stored in a session or token), if any. */
    Optional<U> find(String id);

    /**
     * The active user with this username and password, if both are right (Django's {@code authenticate}); takes
     * as long when the user does not exist, and re-hashes the password when its hash is out of date.
     */
    Optional<U> authenticate(String username, String password);

    /** The stable id a session or a token stores for {@code user}. */
    String id(U user);

    /** Records that {@code user} logged in now (Django's {@code update_last_login}). */
    void loggedIn(U user);
}
