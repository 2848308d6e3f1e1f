package dev.kunai.binding;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Small helpers over {@link java.lang.reflect.Type} used at start-up. */
public final class Types {

    private Types() {}

    /** The raw class of a type. */
    public static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType g) {
            return raw(g.getGenericComponentType()).arrayType();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        return Object.class;
    }

    /** The {@code i}-th type argument, or {@code Object} for a raw type. */
    public static Type argument(Type type, int i) {
        if (type instanceof ParameterizedType p) {
            Type arg = p.getActualTypeArguments()[i];
            return arg instanceof WildcardType w ? w.getUpperBounds()[0] : arg;
        }
        return Object.class;
    }

    /** Whether the type is {@code Optional<...>}. */
    public static boolean isOptional(Type type) {
        return raw(type) == Optional.class;
    }

    /** Whether the type is a List, Set or other Collection. */
    public static boolean isCollection(Type type) {
        return Collection.class.isAssignableFrom(raw(type));
    }

    /** Whether the type is a Set. */
    public static boolean isSet(Type type) {
        return Set.class.isAssignableFrom(raw(type));
    }

    /** Whether the type is a Map. */
    public static boolean isMap(Type type) {
        return Map.class.isAssignableFrom(raw(type));
    }

    /** Whether the type is a record. */
    public static boolean isRecord(Type type) {
        return raw(type).isRecord();
    }

    /** The element type of {@code Optional<T>} / {@code List<T>}, else the type itself. */
    public static Type unwrap(Type type) {
        return isOptional(type) || isCollection(type) ? argument(type, 0) : type;
    }

    /** Whether {@code type} is a scalar, or an Optional/collection of scalars. */
    public static boolean isScalarLike(Type type) {
        Type inner = unwrap(type);
        return TextConverters.isScalar(raw(inner));
    }

    /** Readable name of a type for error messages: {@code List<BookSchema>}. */
    public static String describe(Type type) {
        return type.getTypeName().replaceAll("[a-zA-Z0-9_]+\\.", "").replace('$', '.');
    }
}
