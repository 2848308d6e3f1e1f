package dev.kunai.permissions;

import dev.kunai.http.RequestContext;
import java.util.List;

/** The and / or / not compositions behind {@link Permission#allOf}, {@link Permission#anyOf} and {@link Permission#not}. */
final class Composition {

    private Composition() {}

    /** Allows when every part allows. */
    record AllOf(List<Permission> parts) implements Permission {
        @Override
        public boolean hasPermission(RequestContext context) {
            for (Permission part : parts) {
                if (!part.hasPermission(context)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean hasObjectPermission(RequestContext context, Object object) {
            for (Permission part : parts) {
                if (!part.hasObjectPermission(context, object)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Allows when any part allows. */
    record AnyOf(List<Permission> parts) implements Permission {
        @Override
        public boolean hasPermission(RequestContext context) {
            for (Permission part : parts) {
                if (part.hasPermission(context)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean hasObjectPermission(RequestContext context, Object object) {
            for (Permission part : parts) {
                if (part.hasPermission(context) && part.hasObjectPermission(context, object)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Allows what the inner permission denies. */
    record Not(Permission inner) implements Permission {
        @Override
        public boolean hasPermission(RequestContext context) {
            return !inner.hasPermission(context);
        }

        @Override
        public boolean hasObjectPermission(RequestContext context, Object object) {
            return !inner.hasObjectPermission(context, object);
        }
    }
}
