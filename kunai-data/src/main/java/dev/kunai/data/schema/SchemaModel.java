package dev.kunai.data.schema;

import dev.kunai.data.ModelSchema;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Hibernate;

/**
 * A ModelSchema record matched against its entity once: which attribute feeds each component, and a
 * precompiled constructor. Mapping an entity to the record uses only these handles, never reflection.
 */
public final class SchemaModel {

    /** How a component is filled from its attribute. */
    public enum Shape {
        /** Copied as is (id, column, embedded value). */
        VALUE,
        /** A to-one relation mapped to a nested ModelSchema record (null stays null). */
        ONE,
        /** A to-many relation mapped to a list or set of nested ModelSchema records, ordered by id. */
        MANY
    }

    /**
     * One record component and where its value comes from.
     *
     * @param name         the component (and attribute) name
     * @param index        its position in the record
     * @param shape        how it is filled
     * @param attribute    the entity attribute
     * @param nestedSchema for ONE and MANY, the nested ModelSchema record
     * @param asSet        for MANY, whether the component is a {@code Set}
     */
    public record Component(
            String name,
            int index,
            Shape shape,
            EntityModel.Attribute attribute,
            Optional<Class<?>> nestedSchema,
            boolean asSet) {

        /** The nested schema's model (for ONE and MANY). */
        public SchemaModel nested() {
            return SchemaModel.of(nestedSchema.orElseThrow());
        }
    }

    private static final Comparator<Object> BY_ID = Comparator.nullsLast(SchemaModel::compareIds);

    private static final ClassValue<SchemaModel> CACHE = new ClassValue<>() {
        @Override
        protected SchemaModel computeValue(Class<?> type) {
            List<String> problems = new ArrayList<>();
            SchemaModel model = build(type, problems);
            if (!problems.isEmpty()) {
                throw SchemaMismatchException.of(problems);
            }
            return model;
        }
    };

    private final Class<?> schema;
    private final EntityModel entity;
    private final List<Component> components;
    private final MethodHandle constructor;

    private SchemaModel(Class<?> schema, EntityModel entity, List<Component> components, MethodHandle constructor) {
        this.schema = schema;
        this.entity = entity;
        this.components = List.copyOf(components);
        this.constructor = constructor;
    }

    /** The model of {@code schema}, built and checked once; throws {@link SchemaMismatchException} when it does not match. */
    public static SchemaModel of(Class<?> schema) {
        return CACHE.get(schema);
    }

    /** The problems of {@code schema} alone (not of the schemas it nests), empty when it matches its entity. */
    public static List<String> problems(Class<?> schema) {
        List<String> problems = new ArrayList<>();
        build(schema, problems);
        return problems;
    }

    private static SchemaModel build(Class<?> schema, List<String> problems) {
        String record = schema.getSimpleName();
        ModelSchema marker = schema.getAnnotation(ModelSchema.class);
        if (marker == null) {
            problems.add(record + " is not annotated @ModelSchema(EntityClass.class)");
            return null;
        }
        if (!schema.isRecord()) {
            problems.add("ModelSchema " + record + " must be a record");
            return null;
        }
        EntityModel entity;
        try {
            entity = EntityModel.of(marker.value());
        } catch (IllegalArgumentException e) {
            problems.add("ModelSchema " + record + ": " + e.getMessage());
            return null;
        }
        String entityName = entity.type().getSimpleName();
        RecordComponent[] parts = schema.getRecordComponents();
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            RecordComponent part = parts[i];
            String where = record + "." + part.getName();
            Optional<EntityModel.Attribute> found = entity.attribute(part.getName());
            if (found.isEmpty()) {
                problems.add(where + ": entity " + entityName + " has no attribute '" + part.getName() + "'");
                continue;
            }
            EntityModel.Attribute attribute = found.get();
            String source = entityName + "." + attribute.name();
            Class<?> type = EntityModel.boxed(part.getType());
            switch (attribute.kind()) {
                case ID, BASIC, VALUE_COLLECTION -> {
                    if (type.isAssignableFrom(attribute.type())) {
                        components.add(
                                new Component(part.getName(), i, Shape.VALUE, attribute, Optional.empty(), false));
                    } else {
                        problems.add(where + ": type " + part.getType().getSimpleName() + " is incompatible with "
                                + source + " (" + attribute.field().getType().getSimpleName() + ")");
                    }
                }
                case TO_ONE -> {
                    String target = attribute.type().getSimpleName();
                    if (schemaOf(type)
                            .filter(e -> e.isAssignableFrom(attribute.type()))
                            .isPresent()) {
                        components.add(
                                new Component(part.getName(), i, Shape.ONE, attribute, Optional.of(type), false));
                    } else {
                        problems.add(where + ": " + source + " is a relation to " + target
                                + "; declare the component as a @ModelSchema(" + target + ".class) record");
                    }
                }
                case TO_MANY -> {
                    String target = attribute.type().getSimpleName();
                    Optional<Class<?>> element = elementClass(part.getGenericType());
                    boolean collection = type == List.class || type == Set.class || type == Collection.class;
                    if (collection
                            && element.flatMap(SchemaModel::schemaOf)
                                    .filter(e -> e.isAssignableFrom(attribute.type()))
                                    .isPresent()) {
                        components.add(
                                new Component(part.getName(), i, Shape.MANY, attribute, element, type == Set.class));
                    } else {
                        problems.add(where + ": " + source + " is a to-many relation to " + target
                                + "; declare the component as List<X> where X is a @ModelSchema(" + target
                                + ".class) record");
                    }
                }
                default -> throw new IllegalStateException(attribute.kind().name());
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new SchemaModel(schema, entity, components, constructor(schema, parts));
    }

    private static Optional<Class<?>> schemaOf(Class<?> type) {
        ModelSchema marker = type.getAnnotation(ModelSchema.class);
        return marker == null || !type.isRecord() ? Optional.empty() : Optional.of(marker.value());
    }

    private static Optional<Class<?>> elementClass(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return Optional.of(c);
        }
        return Optional.empty();
    }

    private static MethodHandle constructor(Class<?> schema, RecordComponent[] parts) {
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
        }
        try {
            Constructor<?> canonical = schema.getDeclaredConstructor(types);
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(schema, MethodHandles.lookup());
            return lookup.unreflectConstructor(canonical)
                    .asSpreader(Object[].class, parts.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + schema.getName() + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareIds(Object left, Object right) {
        return ((Comparable) left).compareTo(right);
    }

    /** The record class. */
    public Class<?> schema() {
        return schema;
    }

    /** The entity it mirrors. */
    public EntityModel entity() {
        return entity;
    }

    /** The components, in record order. */
    public List<Component> components() {
        return components;
    }

    /** Builds the record from its component values, in record order. */
    public Object construct(Object[] values) {
        try {
            return constructor.invokeExact(values);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Maps a (managed or detached) entity to this record, following relations into nested schemas; a record passes through. */
    public Object map(Object entityObject) {
        if (schema.isInstance(entityObject)) {
            return entityObject;
        }
        Object source = entityObject.getClass() == entity.type() ? entityObject : Hibernate.unproxy(entityObject);
        if (!entity.type().isInstance(source)) {
            throw new IllegalArgumentException(
                    schema.getSimpleName() + " maps " + entity.type().getSimpleName() + " entities, not "
                            + source.getClass().getSimpleName());
        }
        Object[] values = new Object[components.size() == 0 ? 0 : lastIndex() + 1];
        for (Component component : components) {
            Object raw = component.attribute().get(source);
            values[component.index()] = switch (component.shape()) {
                case VALUE -> raw;
                case ONE -> raw == null ? null : component.nested().map(raw);
                case MANY -> mapMany(component, (Collection<?>) raw);
            };
        }
        return construct(values);
    }

    private int lastIndex() {
        return components.getLast().index();
    }

    private static Object mapMany(Component component, Collection<?> related) {
        SchemaModel nested = component.nested();
        List<Object> ordered = related == null ? List.of() : new ArrayList<>(related);
        if (ordered.size() > 1) {
            EntityModel.Attribute id = nested.entity().id();
            ordered.sort(Comparator.comparing(e -> id.get(Hibernate.unproxy(e)), BY_ID));
        }
        List<Object> mapped = new ArrayList<>(ordered.size());
        for (Object element : ordered) {
            mapped.add(nested.map(element));
        }
        return component.asSet()
                ? java.util.Collections.unmodifiableSet(new LinkedHashSet<>(mapped))
                : java.util.Collections.unmodifiableList(mapped);
    }
}
