package dev.kunai.data.schema;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Kunai reads from an {@code @Entity} class once, at start-up: its entity name, its id and its
 * persistent attributes (field access), each with a precompiled getter.
 */
public final class EntityModel {

    /** How an entity attribute is mapped. */
    public enum Kind {
        /** The {@code @Id}. */
        ID,
        /** A column value. */
        BASIC,
        /** A {@code @ManyToOne} or {@code @OneToOne} relation. */
        TO_ONE,
        /** A {@code @OneToMany} or {@code @ManyToMany} relation. */
        TO_MANY,
        /** An {@code @ElementCollection} or {@code @Embedded} value (mapped as a value). */
        VALUE_COLLECTION
    }

    /**
     * One persistent attribute.
     *
     * @param name     the attribute name
     * @param field    the field behind it
     * @param kind     how it is mapped
     * @param type     the field's type (boxed), or for relations the related entity class
     * @param getter   reads the attribute: {@code (Object entity) -> Object}
     * @param nullable whether the column allows null, as far as the annotations say
     * @param length   the column length for strings
     */
    public record Attribute(
            String name, Field field, Kind kind, Class<?> type, MethodHandle getter, boolean nullable, int length) {

        /** Reads this attribute of {@code entity}. */
        public Object get(Object entity) {
            try {
                return getter.invokeExact(entity);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final ClassValue<EntityModel> CACHE = new ClassValue<>() {
        @Override
        protected EntityModel computeValue(Class<?> type) {
            return new EntityModel(type);
        }
    };

    private final Class<?> type;
    private final String entityName;
    private final Map<String, Attribute> attributes;
    private final Attribute id;

    private EntityModel(Class<?> type) {
        Entity entity = type.getAnnotation(Entity.class);
        if (entity == null) {
            throw new IllegalArgumentException(type.getName() + " is not an @Entity");
        }
        this.type = type;
        // JPA's default is the unqualified class name, which Hibernate takes from the binary name: Outer$Nested for
        // a nested class, not getSimpleName()'s Nested (queries by that name found no entity)
        this.entityName = entity.name().isEmpty()
                ? type.getName().substring(type.getName().lastIndexOf('.') + 1)
                : entity.name();
        Map<String, Attribute> found = new LinkedHashMap<>();
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c == type || c.isAnnotationPresent(MappedSuperclass.class) || c.isAnnotationPresent(Entity.class)) {
                hierarchy.addFirst(c);
            }
        }
        Attribute idAttribute = null;
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                int mods = field.getModifiers();
                if (Modifier.isStatic(mods)
                        || Modifier.isTransient(mods)
                        || field.isAnnotationPresent(Transient.class)
                        || field.isSynthetic()) {
                    continue;
                }
                Attribute attribute = attribute(field);
                found.put(attribute.name(), attribute);
                if (attribute.kind() == Kind.ID) {
                    idAttribute = attribute;
                }
            }
        }
        if (idAttribute == null) {
            throw new IllegalArgumentException("Entity " + type.getSimpleName()
                    + " has no @Id field (Kunai reads entities by field access; @EmbeddedId is not supported)");
        }
        this.attributes = Map.copyOf(found);
        this.id = idAttribute;
    }

    /** The model of {@code entityClass}, built once. */
    public static EntityModel of(Class<?> entityClass) {
        return CACHE.get(entityClass);
    }

    private static Attribute attribute(Field field) {
        Kind kind;
        Class<?> valueType = boxed(field.getType());
        boolean nullable = !field.getType().isPrimitive();
        Column column = field.getAnnotation(Column.class);
        int length = column == null ? 255 : column.length();
        if (column != null && !column.nullable()) {
            nullable = false;
        }
        Basic basic = field.getAnnotation(Basic.class);
        if (basic != null && !basic.optional()) {
            nullable = false;
        }
        if (field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(EmbeddedId.class)) {
            kind = Kind.ID;
            nullable = false;
        } else if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) {
            kind = Kind.TO_ONE;
            ManyToOne m2o = field.getAnnotation(ManyToOne.class);
            OneToOne o2o = field.getAnnotation(OneToOne.class);
            Class<?> target = m2o != null ? m2o.targetEntity() : o2o.targetEntity();
            valueType = target == void.class ? field.getType() : target;
            JoinColumn join = field.getAnnotation(JoinColumn.class);
            if ((m2o != null && !m2o.optional())
                    || (o2o != null && !o2o.optional())
                    || (join != null && !join.nullable())) {
                nullable = false;
            }
        } else if (field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ManyToMany.class)) {
            kind = Kind.TO_MANY;
            OneToMany o2m = field.getAnnotation(OneToMany.class);
            ManyToMany m2m = field.getAnnotation(ManyToMany.class);
            Class<?> target = o2m != null ? o2m.targetEntity() : m2m.targetEntity();
            valueType = target == void.class ? elementType(field) : target;
            nullable = false;
        } else if (field.isAnnotationPresent(ElementCollection.class) || field.isAnnotationPresent(Embedded.class)) {
            kind = Kind.VALUE_COLLECTION;
        } else {
            kind = Kind.BASIC;
        }
        return new Attribute(field.getName(), field, kind, valueType, getter(field), nullable, length);
    }

    private static Class<?> elementType(Field field) {
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType p && Collection.class.isAssignableFrom(field.getType())) {
            Type arg = p.getActualTypeArguments()[0];
            if (arg instanceof Class<?> c) {
                return c;
            }
        }
        return Object.class;
    }

    private static MethodHandle getter(Field field) {
        try {
            MethodHandles.Lookup lookup =
                    MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup());
            return lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field + ": " + e.getMessage(), e);
        }
    }

    /** The boxed form of {@code type} ({@code long} becomes {@code Long}). */
    public static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return MethodType.methodType(type).wrap().returnType();
    }

    /** The entity class. */
    public Class<?> type() {
        return type;
    }

    /** The entity name used in queries. */
    public String entityName() {
        return entityName;
    }

    /** The id attribute. */
    public Attribute id() {
        return id;
    }

    /** Every persistent attribute, the id included. */
    public java.util.Collection<Attribute> attributes() {
        return attributes.values();
    }

    /** The attribute called {@code name}, if the entity has one. */
    public Optional<Attribute> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
