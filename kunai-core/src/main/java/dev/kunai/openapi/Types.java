package dev.kunai.openapi;

import dev.kunai.http.Status;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

/** Small questions about {@link Type}s that the document writer asks once per operation. */
final class Types {

    private Types() {}

    /** The erased class of a type ({@code List<String>} gives {@code List}). */
    static Class<?> raw(Type type) {
        return switch (type) {
            case Class<?> c -> c;
            case ParameterizedType p -> raw(p.getRawType());
            case GenericArrayType a -> raw(a.getGenericComponentType()).arrayType();
            case WildcardType w -> raw(w.getUpperBounds()[0]);
            default -> Object.class;
        };
    }

    /** The first type argument, or {@code Object} when the type is raw. */
    static Type firstArgument(Type type) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > 0) {
            Type argument = p.getActualTypeArguments()[0];
            return argument instanceof WildcardType w ? w.getUpperBounds()[0] : argument;
        }
        return Object.class;
    }

    /** The type a client sees: {@code Optional}, {@code CompletionStage}, {@code Future} and {@code Status} unwrapped. */
    static Type payload(Type type) {
        Class<?> raw = raw(type);
        if (raw == Optional.class
                || CompletionStage.class.isAssignableFrom(raw)
                || Future.class.isAssignableFrom(raw)
                || raw == Status.class) {
            return payload(firstArgument(type));
        }
        return type;
    }

    /** Whether there is no body at all ({@code void}, {@code Void}). */
    static boolean isVoid(Type type) {
        Class<?> raw = raw(type);
        return raw == void.class || raw == Void.class;
    }

    /** Whether the type binds from or to several values (collection or array, but not {@code byte[]}). */
    static boolean isMulti(Type type) {
        Class<?> raw = raw(type);
        return Collection.class.isAssignableFrom(raw) || (raw.isArray() && raw != byte[].class);
    }
}
