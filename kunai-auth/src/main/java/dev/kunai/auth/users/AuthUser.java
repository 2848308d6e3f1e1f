package dev.kunai.auth.users;

/**
 * What Kunai's permissions need to know about a user (Django's {@code AbstractBaseUser} +
 * {@code PermissionsMixin} as seen by a permission check). Kunai's {@link User} implements it; an application
 * with its own user entity implements it too, and the built-in permissions then work with that entity.
 */
public interface AuthUser {

    /** The user's login name. */
    String username();

    /** Whether the account may log in; an inactive user has no permissions. */
    boolean isActive();

    /** Whether the user may use the admin site ({@code IsAdminUser} checks this). */
    boolean isStaff();

    /** Whether the user has every permission without being granted it. */
    boolean isSuperuser();

    /**
     * Whether the user holds {@code permission} ({@code "books.change_book"}), granted to them or to one of their
     * groups (Django's {@code has_perm}): an active superuser holds every permission, an inactive user none.
     */
    boolean hasPermission(String permission);
}
