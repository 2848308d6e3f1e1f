package dev.kunai.auth.permissions;

import dev.kunai.auth.users.CurrentUser;
import dev.kunai.http.RequestContext;
import dev.kunai.permissions.Permission;
import java.util.List;

/**
 * Allows users who hold every one of the named model permissions ({@code "books.change_book"}), granted to them
 * or to one of their groups; active superusers hold all (Django's {@code permission_required}, DRF's
 * {@code DjangoModelPermissions} with explicit names). Use {@link #of}, or extend it to name a reusable class:
 * {@code class CanChangeBook extends HasModelPermission { CanChangeBook() { super("books.change_book"); } }}.
 */
public class HasModelPermission implements Permission {

    private final List<String> permissions;

    /** Requires every one of {@code permissions}, each named {@code app_label.codename}. */
    protected HasModelPermission(String... permissions) {
        if (permissions.length == 0) {
            throw new IllegalArgumentException("Name at least one permission");
        }
        for (String permission : permissions) {
            if (permission.indexOf('.') <= 0) {
                throw new IllegalArgumentException(
                        "A permission is named app_label.codename, not '" + permission + "'");
            }
        }
        this.permissions = List.of(permissions);
    }

    /** A permission requiring every one of {@code permissions}. */
    public static HasModelPermission of(String... permissions) {
        return new HasModelPermission(permissions);
    }

    /** The required permission names. */
    public List<String> permissions() {
        return permissions;
    }

    @Override
    public boolean hasPermission(RequestContext context) {
        return CurrentUser.of(context)
                .map(user -> permissions.stream().allMatch(user::hasPermission))
                .orElse(false);
    }
}
