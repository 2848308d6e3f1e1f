package dev.kunai.pipeline;

import dev.kunai.binding.Types;
import dev.kunai.http.HttpError;
import dev.kunai.permissions.Permission;
import dev.kunai.security.Principal;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Binds an {@link dev.kunai.security.Authenticated} handler parameter: the request's principal as {@code T}
 * (401 when absent, 403 when of another type) or as {@code Optional<T>} (empty in both cases).
 */
final class PrincipalBinder {

    private static final HttpError UNAUTHORIZED = new HttpError(401, "Unauthorized");
    private static final HttpError FORBIDDEN = new HttpError(403, Permission.DEFAULT_MESSAGE);

    private PrincipalBinder() {}

    /** The binder for a parameter of {@code type} ({@code T} or {@code Optional<T>}). */
    static ArgumentBinder of(Type type) {
        if (Types.isOptional(type)) {
            Class<?> wanted = boxed(Types.raw(Types.argument(type, 0)));
            return (exchange, errors) -> {
                Optional<Principal> principal = exchange.attribute(Principal.class);
                return principal.isPresent()
                                && wanted.isInstance(principal.get().value())
                        ? Optional.of(principal.get().value())
                        : Optional.empty();
            };
        }
        Class<?> wanted = boxed(Types.raw(type));
        return (exchange, errors) -> {
            Optional<Principal> principal = exchange.attribute(Principal.class);
            if (principal.isEmpty()) {
                throw UNAUTHORIZED;
            }
            if (!wanted.isInstance(principal.get().value())) {
                throw FORBIDDEN;
            }
            return principal.get().value();
        };
    }

    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive()
                ? java.lang.invoke.MethodType.methodType(type).wrap().returnType()
                : type;
    }
}
