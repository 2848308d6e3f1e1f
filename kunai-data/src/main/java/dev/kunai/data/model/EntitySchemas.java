package dev.kunai.data.model;

import com.google.common.reflect.TypeParameter;
import com.google.common.reflect.TypeToken;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.data.model.DerivedField.Shape;
import dev.kunai.data.schema.EntityModel;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field sets a {@link ModelSchemaConfig} derives from an entity, checked once at start-up (Ninja Extra's
 * {@code ModelConfig.generate_all_schema}): the working fields are {@code include} (or every attribute but
 * {@code exclude}); the write fields are the working fields without the id and the read-only ones; the
 * response fields are the id and the working fields without the write-only ones. Attributes in declaration
 * order; a to-one relation is its related id, a to-many relation the list of related ids.
 */
final class EntitySchemas {

    private final EntityModel entity;
    private final List<DerivedField> write;
    private final List<DerivedField> response;
    private final Map<String, Object> defaults;

    private EntitySchemas(
            EntityModel entity, List<DerivedField> write, List<DerivedField> response, Map<String, Object> defaults) {
        this.entity = entity;
        this.write = List.copyOf(write);
        this.response = List.copyOf(response);
        this.defaults = defaults;
    }

    /**
     * The schemas of {@code entity} under {@code config}.
     *
     * @param fresh a new, unsaved object of the entity: its non-null fields are the defaults of a create
     * @throws KunaiConfigurationException naming the entity and field of every misfit
     */
    static EntitySchemas of(EntityModel entity, ModelSchemaConfig config, Object fresh) {
        if (!config.include().isEmpty() && !config.exclude().isEmpty()) {
            throw new KunaiConfigurationException(
                    entity.type().getSimpleName() + ": ModelSchemaConfig takes include or exclude, not both");
        }
        checkNames(entity, config);
        List<EntityModel.Attribute> ordered = ordered(entity);
        Set<String> working = working(entity, config, ordered);
        checkRoles(entity, config, working);
        Map<String, Object> defaults = defaults(ordered, fresh);
        List<DerivedField> write = new ArrayList<>();
        List<DerivedField> response = new ArrayList<>();
        response.add(field(entity.id(), false, false));
        for (EntityModel.Attribute attribute : ordered) {
            if (!working.contains(attribute.name())) {
                continue;
            }
            if (written(entity, config, attribute)) {
                boolean required = !attribute.nullable()
                        && !config.optional().contains(attribute.name())
                        && !defaults.containsKey(attribute.name())
                        && attribute.kind() != EntityModel.Kind.TO_MANY;
                write.add(field(attribute, required, attribute.nullable()));
            }
            if (!config.writeOnly().contains(attribute.name())) {
                response.add(field(attribute, false, attribute.nullable()));
            }
        }
        checkRequired(entity, ordered, write, defaults, config);
        return new EntitySchemas(entity, write, response, defaults);
    }

    /** The working fields: {@code include}, or every attribute but {@code exclude}; never the id. */
    private static Set<String> working(
            EntityModel entity, ModelSchemaConfig config, List<EntityModel.Attribute> ordered) {
        Set<String> working = new LinkedHashSet<>();
        for (EntityModel.Attribute attribute : ordered) {
            boolean chosen = config.include().isEmpty()
                    ? !config.exclude().contains(attribute.name())
                    : config.include().contains(attribute.name());
            if (!chosen || attribute.kind() == EntityModel.Kind.ID) {
                continue;
            }
            if (attribute.kind() == EntityModel.Kind.VALUE_COLLECTION) {
                if (config.include().contains(attribute.name())) {
                    throw new KunaiConfigurationException(entity.type().getSimpleName() + "." + attribute.name()
                            + ": element collections are not derived; leave it out or give record schemas");
                }
                continue;
            }
            working.add(attribute.name());
        }
        return working;
    }

    /** {@code optional}, {@code readOnly} and {@code writeOnly} name working fields, and do not contradict. */
    private static void checkRoles(EntityModel entity, ModelSchemaConfig config, Set<String> working) {
        String name = entity.type().getSimpleName();
        for (String field : concat(config.optional(), config.readOnly(), config.writeOnly())) {
            if (!working.contains(field) && !field.equals(entity.id().name())) {
                throw new KunaiConfigurationException(name + "." + field + " is named in ModelSchemaConfig but is not"
                        + " one of the schema's fields (it is excluded or not included)");
            }
        }
        for (String field : config.readOnly()) {
            if (config.writeOnly().contains(field)) {
                throw new KunaiConfigurationException(name + "." + field + " cannot be both read-only and write-only");
            }
        }
        if (config.writeOnly().contains(entity.id().name())) {
            throw new KunaiConfigurationException(
                    name + "." + entity.id().name() + " is the id: it is always answered, so it cannot be write-only");
        }
    }

    /** Whether a body writes {@code attribute}; fails when the configuration asks for what cannot be. */
    private static boolean written(EntityModel entity, ModelSchemaConfig config, EntityModel.Attribute attribute) {
        String where = entity.type().getSimpleName() + "." + attribute.name();
        boolean readOnly = config.readOnly().contains(attribute.name());
        boolean writable = writable(attribute);
        if (!writable
                && !readOnly
                && attribute.kind() == EntityModel.Kind.TO_MANY
                && config.include().contains(attribute.name())) {
            throw new KunaiConfigurationException(
                    where + " is the inverse side of a relation and cannot be written by id; add it to readOnly");
        }
        if ((readOnly || !writable) && config.optional().contains(attribute.name())) {
            throw new KunaiConfigurationException(where + " is optional but not written (it is read-only)");
        }
        return writable && !readOnly;
    }

    /** The entity. */
    EntityModel entity() {
        return entity;
    }

    /** The fields of the create, PUT and PATCH bodies. */
    List<DerivedField> write() {
        return write;
    }

    /** The fields of the answered object: the id first. */
    List<DerivedField> response() {
        return response;
    }

    /** What a new object holds in {@code field} (null when nothing), which a PUT that leaves it out restores. */
    Object defaultOf(String field) {
        return defaults.get(field);
    }

    private static void checkNames(EntityModel entity, ModelSchemaConfig config) {
        Map<String, List<String>> options = new java.util.LinkedHashMap<>();
        options.put("include", config.include());
        options.put("exclude", config.exclude());
        options.put("optional", config.optional());
        options.put("readOnly", config.readOnly());
        options.put("writeOnly", config.writeOnly());
        options.forEach((option, names) -> {
            for (String field : names) {
                if (entity.attribute(field).isEmpty()) {
                    throw new KunaiConfigurationException(entity.type().getSimpleName() + " has no attribute '" + field
                            + "' (named in ModelSchemaConfig." + option + ")");
                }
            }
        });
    }

    /** A required column that no create body writes must get a value some other way. */
    private static void checkRequired(
            EntityModel entity,
            List<EntityModel.Attribute> ordered,
            List<DerivedField> write,
            Map<String, Object> defaults,
            ModelSchemaConfig config) {
        Set<String> written = new LinkedHashSet<>();
        write.forEach(f -> written.add(f.name()));
        for (EntityModel.Attribute attribute : ordered) {
            boolean needsValue =
                    (attribute.kind() == EntityModel.Kind.BASIC || attribute.kind() == EntityModel.Kind.TO_ONE)
                            && !attribute.nullable()
                            && !defaults.containsKey(attribute.name())
                            && !generated(attribute.field());
            if (needsValue && !written.contains(attribute.name())) {
                String why = config.readOnly().contains(attribute.name()) ? "read-only" : "excluded";
                throw new KunaiConfigurationException(entity.type().getSimpleName() + "." + attribute.name()
                        + " is required (not nullable, no default) but the create schema leaves it out (" + why
                        + "); include it, give the field a default, or make the column nullable");
            }
        }
    }

    /** Whether the database or Hibernate fills the field: {@code @Version} or a value-generation annotation. */
    private static boolean generated(Field field) {
        if (field.isAnnotationPresent(Version.class)) {
            return true;
        }
        for (Annotation annotation : field.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(org.hibernate.annotations.ValueGenerationType.class)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a body may write the attribute: not generated or a version, and not the inverse side of a relation. */
    private static boolean writable(EntityModel.Attribute attribute) {
        if (generated(attribute.field())) {
            return false;
        }
        if (attribute.kind() != EntityModel.Kind.TO_MANY) {
            return true;
        }
        ManyToMany m2m = attribute.field().getAnnotation(ManyToMany.class);
        return m2m != null && m2m.mappedBy().isEmpty();
    }

    private static DerivedField field(EntityModel.Attribute attribute, boolean required, boolean nullable) {
        return switch (attribute.kind()) {
            case TO_ONE ->
                new DerivedField(
                        attribute.name(),
                        attribute,
                        Shape.ONE_ID,
                        EntityModel.of(attribute.type()).id().type(),
                        required,
                        nullable);
            case TO_MANY ->
                new DerivedField(
                        attribute.name(),
                        attribute,
                        Shape.MANY_IDS,
                        listOf(EntityModel.of(attribute.type()).id().type()),
                        false,
                        false);
            default ->
                new DerivedField(
                        attribute.name(),
                        attribute,
                        Shape.VALUE,
                        attribute.field().getGenericType(),
                        required,
                        nullable);
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> Type listOf(Class<T> element) {
        return new TypeToken<List<T>>() {}.where(new TypeParameter<T>() {}, element)
                .getType();
    }

    /** The non-null values of a fresh object's column and to-one fields (primitives always have one). */
    private static Map<String, Object> defaults(List<EntityModel.Attribute> attributes, Object fresh) {
        Map<String, Object> defaults = new HashMap<>();
        for (EntityModel.Attribute attribute : attributes) {
            if (attribute.kind() == EntityModel.Kind.BASIC || attribute.kind() == EntityModel.Kind.TO_ONE) {
                Object value = attribute.get(fresh);
                if (value != null) {
                    defaults.put(attribute.name(), value);
                }
            }
        }
        return defaults;
    }

    /** The attributes in declaration order, superclasses first. */
    private static List<EntityModel.Attribute> ordered(EntityModel entity) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = entity.type(); c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.addFirst(c);
        }
        List<EntityModel.Attribute> ordered = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    entity.attribute(field.getName())
                            .filter(a -> a.field().equals(field))
                            .ifPresent(ordered::add);
                }
            }
        }
        return ordered;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
