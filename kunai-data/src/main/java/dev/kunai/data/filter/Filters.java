package dev.kunai.data.filter;

import dev.kunai.data.read.Condition;
import dev.kunai.data.read.Lookup;
import dev.kunai.validation.RequestValidationException;
import dev.kunai.validation.ValidationError;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link FilterSchema} record read once (its lookups parsed and checked, an accessor per component), then
 * turned into a {@link Condition} per request without reflection.
 */
public final class Filters {

    private static final ClassValue<Filters> CACHE = new ClassValue<>() {
        @Override
        protected Filters computeValue(Class<?> type) {
            return new Filters(type);
        }
    };

    private enum Shape {
        OPTIONAL,
        LIST,
        PLAIN
    }

    private record Part(String name, MethodHandle accessor, Shape shape, List<Target> targets, Q q) {}

    private record Target(String path, Lookup lookup) {}

    private final List<Part> parts = new ArrayList<>();

    private Filters(Class<?> type) {
        if (!type.isRecord() || !FilterSchema.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " is not a record implementing FilterSchema");
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(Custom.class)) {
                continue;
            }
            Q q = component.getAnnotation(Q.class);
            String[] lookups = q == null ? new String[] {component.getName()} : q.value();
            Shape shape = component.getType() == Optional.class
                    ? Shape.OPTIONAL
                    : component.getType() == List.class ? Shape.LIST : Shape.PLAIN;
            Class<?> element = shape == Shape.PLAIN ? component.getType() : argument(component.getGenericType());
            List<Target> targets = new ArrayList<>();
            for (String lookup : lookups) {
                Target target = parse(lookup);
                check(type, component, target, shape, element);
                targets.add(target);
            }
            parts.add(new Part(component.getName(), accessor(type, component), shape, targets, q));
        }
    }

    /** The compiled filters of {@code type} (a record implementing {@link FilterSchema}), built once. */
    public static Filters of(Class<?> type) {
        return CACHE.get(type);
    }

    /** The condition of a bound {@code filter} record: empty when every component is absent. */
    public static Optional<Condition> condition(FilterSchema filter) {
        return of(filter.getClass()).build(filter);
    }

    private Optional<Condition> build(FilterSchema filter) {
        List<Condition> conditions = new ArrayList<>();
        for (Part part : parts) {
            part(filter, part).ifPresent(conditions::add);
        }
        conditions.addAll(filter.custom());
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(filter.connector() == Connector.AND ? Condition.and(conditions) : Condition.or(conditions));
    }

    private static Optional<Condition> part(FilterSchema filter, Part part) {
        Object raw = get(part.accessor(), filter);
        boolean ignoreNone = part.q() == null || part.q().ignoreNone();
        List<Object> values;
        if (part.shape() == Shape.OPTIONAL) {
            values = ((Optional<?>) raw).<List<Object>>map(List::of).orElse(List.of());
        } else if (part.shape() == Shape.LIST) {
            values = new ArrayList<>((List<?>) raw);
        } else {
            values = raw == null ? List.of() : List.of(raw);
        }
        List<Condition> conditions = new ArrayList<>();
        for (Target target : part.targets()) {
            if (values.isEmpty()) {
                if (!ignoreNone) {
                    conditions.add(Condition.of(target.path(), Lookup.ISNULL, true));
                }
                continue;
            }
            conditions.add(match(part, target, values));
        }
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        Connector connector = part.q() == null ? Connector.OR : part.q().connector();
        return Optional.of(connector == Connector.AND ? Condition.and(conditions) : Condition.or(conditions));
    }

    private static Condition match(Part part, Target target, List<Object> values) {
        return switch (target.lookup()) {
            case IN -> Condition.in(target.path(), values);
            case RANGE -> {
                if (values.size() != 2) {
                    throw new RequestValidationException(List.of(new ValidationError(
                            "range_values",
                            List.of("query", part.name()),
                            "A range takes exactly two values (low and high)")));
                }
                yield Condition.range(target.path(), values.get(0), values.get(1));
            }
            default -> {
                List<Condition> each = new ArrayList<>(values.size());
                for (Object value : values) {
                    each.add(Condition.of(target.path(), target.lookup(), value));
                }
                yield Condition.or(each);
            }
        };
    }

    /** Parses Django's {@code tags__name__icontains} into a path and a lookup ({@code exact} by default). */
    private static Target parse(String text) {
        List<String> segments = new ArrayList<>(List.of(text.split("__")));
        Lookup lookup = Lookup.EXACT;
        if (segments.size() > 1) {
            Optional<Lookup> named = lookup(segments.getLast());
            if (named.isPresent()) {
                lookup = named.get();
                segments.removeLast();
            }
        }
        if (segments.size() > 2 || segments.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("Lookup '" + text
                    + "' must be attribute[__lookup] or relation__attribute[__lookup] (one relation deep)");
        }
        return new Target(String.join(".", segments), lookup);
    }

    private static Optional<Lookup> lookup(String name) {
        for (Lookup lookup : Lookup.values()) {
            if (lookup.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(lookup);
            }
        }
        return Optional.empty();
    }

    private static void check(Class<?> type, RecordComponent component, Target target, Shape shape, Class<?> element) {
        String where = type.getSimpleName() + "." + component.getName() + ": ";
        Lookup lookup = target.lookup();
        if (lookup.textual() && element != String.class) {
            throw new IllegalArgumentException(where + lookup + " needs String values, not " + element.getSimpleName());
        }
        if (lookup == Lookup.ISNULL && element != Boolean.class) {
            throw new IllegalArgumentException(where + "isnull needs a Boolean value");
        }
        if ((lookup == Lookup.IN || lookup == Lookup.RANGE) && shape != Shape.LIST) {
            throw new IllegalArgumentException(where + lookup + " needs a List component");
        }
        if (shape == Shape.PLAIN && component.getType().isPrimitive()) {
            throw new IllegalArgumentException(where + "use Optional or a List: a primitive is never absent");
        }
    }

    private static Class<?> argument(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        throw new IllegalArgumentException("A filter component needs a concrete element type: " + generic);
    }

    private static MethodHandle accessor(Class<?> type, RecordComponent component) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            return lookup.unreflect(component.getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + component + ": " + e.getMessage(), e);
        }
    }

    private static Object get(MethodHandle accessor, Object record) {
        try {
            return accessor.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
