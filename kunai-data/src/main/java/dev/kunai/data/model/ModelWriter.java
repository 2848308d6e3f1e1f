package dev.kunai.data.model;

import dev.kunai.KunaiConfigurationException;
import dev.kunai.data.db.Session;
import dev.kunai.data.schema.EntityModel;
import dev.kunai.schema.PatchDict;
import dev.kunai.validation.Errors;
import dev.kunai.validation.Loc;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How one payload record is written into one entity, decided once at start-up: each component names an
 * entity attribute of the same name — a column (same type), a to-one relation (the related entity's id) or an
 * owning to-many relation (a list or set of ids). Writing resolves relations by id in the caller's session
 * and reports every problem at once at {@code ["body", "payload", component]}: {@code null} where the column
 * is not nullable ({@code null}), an unknown related id ({@code does_not_exist}), a value another row already
 * has in a unique column ({@code unique}) — Django REST framework's codes and wording.
 */
final class ModelWriter {

    /** Where payload errors are reported: the body parameter of the generated operations. */
    static final Loc PAYLOAD = Loc.of("body", "payload");

    private final EntityModel entity;
    private final Map<String, Field> fields;

    private ModelWriter(EntityModel entity, Map<String, Field> fields) {
        this.entity = entity;
        this.fields = fields;
    }

    /**
     * The writer of {@code payload} into {@code entity}.
     *
     * @throws KunaiConfigurationException when a component has no matching attribute or the wrong type
     */
    static ModelWriter of(EntityModel entity, Class<? extends Record> payload) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (RecordComponent component : payload.getRecordComponents()) {
            String where = payload.getSimpleName() + "." + component.getName();
            fields.put(
                    component.getName(),
                    Field.of(
                            entity, where, component.getName(), component.getGenericType(), Field.accessor(component)));
        }
        return new ModelWriter(entity, fields);
    }

    /** The writer of a schema derived from {@code entity} ({@link PayloadSchema}), named {@code schema}. */
    static ModelWriter of(EntityModel entity, String schema, java.util.List<DerivedField> derived) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (DerivedField field : derived) {
            fields.put(
                    field.name(), Field.of(entity, schema + "." + field.name(), field.name(), field.valueType(), null));
        }
        return new ModelWriter(entity, fields);
    }

    /** Writes {@code values} (field name to bound value, null allowed) and leaves other fields alone. */
    void write(Session session, Object target, Map<String, Object> values, Errors errors) {
        for (Map.Entry<String, Object> value : values.entrySet()) {
            fields.get(value.getKey()).assign(session, entity, target, value.getValue(), errors);
        }
    }

    /** Writes every component of {@code payload} (create, PUT); records problems in {@code errors}. */
    void write(Session session, Object target, Record payload, Errors errors) {
        for (Field field : fields.values()) {
            field.assign(session, entity, target, unwrap(field.read(payload)), errors);
        }
    }

    /** Writes the components {@code patch} contains and leaves the others alone (PATCH). */
    void write(Session session, Object target, PatchDict<?> patch, Errors errors) {
        for (String name : patch.fields()) {
            Field field = fields.get(name);
            field.assign(session, entity, target, unwrap(patch.get(name).orElse(null)), errors);
        }
    }

    private static Object unwrap(Object value) {
        return value instanceof Optional<?> optional ? optional.orElse(null) : value;
    }

    /** One component and the attribute it writes. */
    private record Field(
            String name,
            Loc loc,
            EntityModel.Attribute attribute,
            MethodHandle accessor,
            MethodHandle setter,
            boolean unique,
            Optional<EntityModel> related) {

        /** The field {@code name} of type {@code type}; {@code accessor} reads it from a record (null: no record). */
        static Field of(EntityModel entity, String where, String name, Type type, MethodHandle accessor) {
            EntityModel.Attribute attribute = entity.attribute(name)
                    .orElseThrow(() -> new KunaiConfigurationException(where + ": "
                            + entity.type().getSimpleName() + " has no attribute '" + name + "' to write it to"));
            Class<?> value = EntityModel.boxed(raw(type, Optional.class));
            Optional<EntityModel> related = Optional.empty();
            switch (attribute.kind()) {
                case ID ->
                    throw new KunaiConfigurationException(
                            where + ": the id of " + entity.type().getSimpleName()
                                    + " is not written from a payload; leave it out (it comes from the path or the database)");
                case TO_ONE -> {
                    related = Optional.of(EntityModel.of(attribute.type()));
                    expect(where, value, related.get().id().type(), "the id of the related " + name(attribute));
                }
                case TO_MANY -> {
                    if (!Collection.class.isAssignableFrom(value)) {
                        throw new KunaiConfigurationException(where + ": a to-many relation is written as a List or"
                                + " Set of ids, not " + value.getSimpleName());
                    }
                    related = Optional.of(EntityModel.of(attribute.type()));
                    expect(
                            where,
                            EntityModel.boxed(raw(type, Collection.class)),
                            related.get().id().type(),
                            "ids");
                    requireOwner(where, attribute);
                }
                default ->
                    expect(where, value, EntityModel.boxed(attribute.field().getType()), "the column");
            }
            return new Field(
                    name,
                    PAYLOAD.field(name),
                    attribute,
                    accessor,
                    setter(attribute.field()),
                    unique(attribute),
                    related);
        }

        Object read(Record payload) {
            try {
                return accessor.invokeExact((Object) payload);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        void assign(Session session, EntityModel entity, Object target, Object value, Errors errors) {
            if (value == null) {
                if (!attribute.nullable()) {
                    errors.add(loc, "null", "This field may not be null.");
                } else {
                    set(target, null);
                }
                return;
            }
            switch (attribute.kind()) {
                case TO_ONE ->
                    Relations.one(session, related.orElseThrow(), value, loc, errors)
                            .ifPresent(found -> set(target, found));
                case TO_MANY ->
                    Relations.many(session, related.orElseThrow(), (Collection<?>) value, loc, errors)
                            .ifPresent(found -> Relations.replace(attribute, target, found, this::set));
                default -> {
                    if (unique && Relations.taken(session, entity, target, attribute.name(), value)) {
                        errors.add(
                                loc,
                                "unique",
                                entity.type().getSimpleName() + " with this " + name + " already exists.");
                    }
                    set(target, value);
                }
            }
        }

        void set(Object target, Object value) {
            try {
                setter.invokeExact(target, value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        private static void expect(String where, Class<?> actual, Class<?> expected, String what) {
            if (!expected.isAssignableFrom(actual)) {
                throw new KunaiConfigurationException(
                        where + " is " + actual.getSimpleName() + ", but " + what + " is " + expected.getSimpleName());
            }
        }

        private static void requireOwner(String where, EntityModel.Attribute attribute) {
            jakarta.persistence.ManyToMany m2m = attribute.field().getAnnotation(jakarta.persistence.ManyToMany.class);
            if (m2m == null || !m2m.mappedBy().isEmpty()) {
                throw new KunaiConfigurationException(where + ": only the owning side of a @ManyToMany is written"
                        + " by id; " + name(attribute) + " is mapped by the other side");
            }
        }

        private static boolean unique(EntityModel.Attribute attribute) {
            jakarta.persistence.Column column = attribute.field().getAnnotation(jakarta.persistence.Column.class);
            return column != null && column.unique();
        }

        private static String name(EntityModel.Attribute attribute) {
            return attribute.field().getDeclaringClass().getSimpleName() + "." + attribute.name();
        }

        /** The raw class of {@code type}, or of its type argument when it is a {@code container}. */
        private static Class<?> raw(Type type, Class<?> container) {
            Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
            if (container.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
                Type argument = p.getActualTypeArguments()[0];
                return argument instanceof ParameterizedType q ? (Class<?>) q.getRawType() : (Class<?>) argument;
            }
            return raw;
        }

        private static MethodHandle accessor(RecordComponent component) {
            try {
                MethodHandles.Lookup lookup =
                        MethodHandles.privateLookupIn(component.getDeclaringRecord(), MethodHandles.lookup());
                return lookup.unreflect(component.getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException e) {
                throw new KunaiConfigurationException("Cannot read " + component + ": " + e.getMessage());
            }
        }

        private static MethodHandle setter(java.lang.reflect.Field field) {
            try {
                MethodHandles.Lookup lookup =
                        MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup());
                return lookup.unreflectSetter(field)
                        .asType(MethodType.methodType(void.class, Object.class, Object.class));
            } catch (IllegalAccessException e) {
                throw new KunaiConfigurationException("Cannot write " + field + ": " + e.getMessage());
            }
        }
    }
}
