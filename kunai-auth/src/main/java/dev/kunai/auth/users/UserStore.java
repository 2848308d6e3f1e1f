package dev.kunai.auth.users;

import java.util.Optional;
import java.util.Set;

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

    /**
     * The fields a token may identify users by (django-ninja-jwt's {@code USER_ID_FIELD}): {@code id} (the
     * {@link #id}) always; a store that can find users by another unique, unchanging field adds it and overrides
     * {@link #idOf(AuthUser, String)} and {@link #findBy}.
     */
    default Set<String> idFields() {
        return Set.of("id");
    }

    /**
     * The value of {@code user}'s {@code field}, one of {@link #idFields()}; by default only {@code id}.
     *
     * @throws IllegalArgumentException for a field not in {@link #idFields()}
     */
    default String idOf(U user, String field) {
        if ("id".equals(field)) {
            return id(user);
        }
        throw new IllegalArgumentException("Users cannot be identified by '" + field + "', only by " + idFields());
    }

    /**
     * The active user whose {@code field} (one of {@link #idFields()}) is {@code value}, if any; by default only
     * {@code id}, through {@link #find}.
     *
     * @throws IllegalArgumentException for a field not in {@link #idFields()}
     */
    default Optional<U> findBy(String field, String value) {
        if ("id".equals(field)) {
            return find(value);
        }
        throw new IllegalArgumentException("Users cannot be found by '" + field + "', only by " + idFields());
    }

    /** Records that {@code user} logged in now (Django's {@code update_last_login}). */
    void loggedIn(U user);
}
