package dev.kunai.jwt.support;

import dev.kunai.auth.users.AuthUser;

/**
 * An application's own user type (not kunai-auth's entity), to show that tokens work with any {@link AuthUser}.
 *
 * @param id the stable id tokens carry
 * @param username the login name
 * @param isActive whether the account may log in
 */
public record Person(String id, String username, boolean isActive) implements AuthUser {

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
