package dev.kunai.data.model;

import dev.kunai.KunaiConfigurationException;
import dev.kunai.data.db.Db;
import dev.kunai.data.db.Session;
import dev.kunai.data.read.Condition;
import dev.kunai.data.read.Lookup;
import dev.kunai.data.read.ReadSpec;
import dev.kunai.data.schema.EntityModel;
import dev.kunai.http.RequestContext;
import dev.kunai.pagination.Source;
import dev.kunai.schema.PatchDict;
import dev.kunai.validation.Errors;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Creates, reads, updates, patches and deletes one entity type (Ninja Extra's {@code ModelService}): what the
 * generated routes of a {@link ModelController} call, and what an application's own handlers can call too.
 * Each write is one transaction: the payload's columns and relations (by id) are written, every problem is a
 * 422 naming the field ({@link ModelWriter}), and the database's own conflicts are 404/409 ({@link ModelErrors}).
 * Reads are schema-driven: one statement for the rows, one per relation level. Objects are found by the
 * lookup field: the id, or any unique column ({@code slug}). Thread-safe; create one per controller.
 *
 * <p>Subclass it to change behaviour: {@link #scope} (the rows a request may see and change, pushed into the
 * SQL), {@link #beforeCreate} (e.g. set the owner to the request's user), {@link #beforeSave} (business rules),
 * {@link #checkObject} (object permissions), {@link #newObject}; override the public methods for anything
 * else. The overloads that take a {@link ModelRequest} apply the request's scope and object check; the others
 * act for no request.
 *
 * @param <E>  the entity
 * @param <ID> the type of the lookup field (the id's, by default)
 */
public class ModelService<E, ID> {

    private final Db db;
    private final Class<E> entity;
    private final EntityModel model;
    private final EntityModel.Attribute lookup;
    private final MethodHandle constructor;
    private final Optional<String> uniqueName;
    private final boolean checksObjects;
    private final ConcurrentHashMap<Class<?>, ModelWriter> writers = new ConcurrentHashMap<>();

    /** A service for {@code entity}, looking objects up by id. */
    public ModelService(Db db, Class<E> entity) {
        this(db, entity, EntityModel.of(entity).id().name());
    }

    /**
     * A service for {@code entity}, looking objects up by {@code lookupField} (Ninja Extra's {@code lookup_field}).
     *
     * @throws KunaiConfigurationException when the field is neither the id nor a {@code @Column(unique = true)}
     */
    public ModelService(Db db, Class<E> entity, String lookupField) {
        this.db = Objects.requireNonNull(db, "db");
        this.entity = Objects.requireNonNull(entity, "entity");
        this.model = EntityModel.of(entity);
        this.lookup = model.attribute(lookupField)
                .orElseThrow(() -> new KunaiConfigurationException(
                        entity.getSimpleName() + " has no field '" + lookupField + "' to look objects up by"));
        if (lookup.kind() != EntityModel.Kind.ID && !unique(lookup)) {
            throw new KunaiConfigurationException(entity.getSimpleName() + "." + lookupField
                    + " cannot be the lookup field: it must be the id or a @Column(unique = true)");
        }
        this.constructor = constructor(entity);
        this.uniqueName = model.attributes().stream()
                .filter(ModelService::unique)
                .map(EntityModel.Attribute::name)
                .reduce((a, b) -> a + " / " + b);
        this.checksObjects = overrides("checkObject", Object.class, ModelAction.class);
    }

    /** The entity class. */
    public final Class<E> entity() {
        return entity;
    }

    /** The field objects are looked up by. */
    public final String lookupField() {
        return lookup.name();
    }

    /** The type of the lookup field (boxed). */
    public final Class<?> lookupType() {
        return lookup.type();
    }

    /** The application's database. */
    public final Db db() {
        return db;
    }

    /**
     * Checks, once (at start-up), that {@code payload}'s components can be written into the entity.
     *
     * @throws KunaiConfigurationException naming the component that cannot
     */
    public final void prepare(Class<? extends Record> payload) {
        writer(payload);
    }

    /** The object {@code key} names, as a {@code schema} record; empty when there is none (→ 404). */
    public <O> Optional<O> get(ID key, Class<O> schema) {
        return get(key, schema, ModelRequest.NONE);
    }

    /**
     * {@link #get(Object, Class)} for {@code request}: empty as well when the object is outside the request's
     * {@link #scope}, and the request's object check is run on the loaded object.
     */
    public <O> Optional<O> get(ID key, Class<O> schema, ModelRequest request) {
        return get(key, request, (s, spec) -> s.list(entity, schema, spec).items());
    }

    /** The object {@code key} names for {@code request}, read by {@code read} (the rows of a one-row spec). */
    <O> Optional<O> get(ID key, ModelRequest request, BiFunction<Session, ReadSpec, List<O>> read) {
        Optional<Condition> scope = scopeOf(request);
        return db.read(s -> {
            if (checksObjects || request.check().checks()) {
                Optional<E> object = find(s, key, scope);
                if (object.isEmpty()) {
                    return Optional.empty();
                }
                checkAll(object.get(), ModelAction.RETRIEVE, request.check());
            }
            return read.apply(s, byKey(key, scope)).stream().findFirst();
        });
    }

    /**
     * The objects {@code spec} selects, as a pagination source of {@code schema} records: each page is read
     * in its own read session, filtered, ordered and windowed by the database.
     */
    public <O> Source<O> list(Class<O> schema, ReadSpec spec) {
        return list(schema, spec, ModelRequest.NONE);
    }

    /** {@link #list(Class, ReadSpec)} narrowed to the request's {@link #scope}, in the same SQL statement. */
    public <O> Source<O> list(Class<O> schema, ReadSpec spec, ModelRequest request) {
        return db.source(entity, schema, scoped(spec, request));
    }

    /** {@code spec} narrowed to the request's {@link #scope}. */
    ReadSpec scoped(ReadSpec spec, ModelRequest request) {
        Optional<Condition> scope = scopeOf(request);
        return scope.map(c -> spec.toBuilder().where(c).build()).orElse(spec);
    }

    /** Creates an object from {@code payload} and returns it as a {@code schema} record (→ 201). */
    public <O> O create(Record payload, Class<O> schema) {
        return create(payload, schema, ModelRequest.NONE);
    }

    /** {@link #create(Record, Class)} for {@code request}: {@link #beforeCreate} runs with it (e.g. sets the owner). */
    public <O> O create(Record payload, Class<O> schema, ModelRequest request) {
        ModelWriter writer = writer(payload.getClass());
        return create(
                (s, object, errors) -> writer.write(s, object, payload, errors), (s, o) -> s.map(o, schema), request);
    }

    /** Creates an object written by {@code change} and answers it as {@code read} reads it (after the flush). */
    <O> O create(Change<E> change, BiFunction<Session, E, O> read, ModelRequest request) {
        return write(false, () -> false, s -> {
            E object = newObject();
            Errors errors = new Errors();
            change.apply(s, object, errors);
            errors.throwIfAny();
            request.context().ifPresent(context -> beforeCreate(s, object, context));
            beforeSave(s, object, ModelAction.CREATE);
            s.persist(object);
            s.flush();
            return read.apply(s, object);
        });
    }

    /** Replaces every writable field of the object {@code key} names with {@code payload}'s (PUT); empty → 404. */
    public <O> Optional<O> update(ID key, Record payload, Class<O> schema) {
        return update(key, payload, schema, ModelRequest.NONE);
    }

    /** {@link #update(Object, Record, Class)} for {@code request}: scoped, with its object check. */
    public <O> Optional<O> update(ID key, Record payload, Class<O> schema, ModelRequest request) {
        ModelWriter writer = writer(payload.getClass());
        return change(
                key,
                ModelAction.UPDATE,
                (s, o) -> s.map(o, schema),
                request,
                (s, object, errors) -> writer.write(s, object, payload, errors));
    }

    /** Changes only the fields {@code patch} contains (PATCH, Ninja's {@code PatchDict}); empty → 404. */
    public <O> Optional<O> patch(ID key, PatchDict<?> patch, Class<O> schema) {
        return patch(key, patch, schema, ModelRequest.NONE);
    }

    /** {@link #patch(Object, PatchDict, Class)} for {@code request}: scoped, with its object check. */
    public <O> Optional<O> patch(ID key, PatchDict<?> patch, Class<O> schema, ModelRequest request) {
        ModelWriter writer = writer(patch.schema());
        return change(
                key,
                ModelAction.PARTIAL_UPDATE,
                (s, o) -> s.map(o, schema),
                request,
                (s, object, errors) -> writer.write(s, object, patch, errors));
    }

    /** Deletes the object {@code key} names; false when there is none (→ 404), 409 while others still reference it. */
    public boolean delete(ID key) {
        return delete(key, ModelRequest.NONE);
    }

    /** {@link #delete(Object)} for {@code request}: false as well when the object is outside its scope. */
    public boolean delete(ID key, ModelRequest request) {
        Optional<Condition> scope = scopeOf(request);
        return write(true, () -> exists(key, scope), s -> {
            Optional<E> object = find(s, key, scope);
            object.ifPresent(o -> {
                checkAll(o, ModelAction.DELETE, request.check());
                s.remove(o);
                s.flush();
            });
            return object.isPresent();
        });
    }

    /**
     * The rows {@code request} may see and change (Ninja Extra's {@code get_queryset}), as a condition on the
     * entity — e.g. {@code Condition.of("owner.id", Lookup.EXACT, userId)} — that every read and write made
     * for a request adds to its own SQL: the list, and the lookup of retrieve, update, partial update and
     * delete. An object outside it does not exist for the request (404, so its existence is not revealed).
     * Empty (every row) by default; calls for {@link ModelRequest#NONE} are never scoped.
     */
    protected Optional<Condition> scope(RequestContext request) {
        return Optional.empty();
    }

    /**
     * Called on a create made for {@code request}, after the payload is written and before {@link #beforeSave}:
     * set what the request decides rather than the payload, e.g. {@code loan.owner = current user} (Django REST
     * framework's {@code perform_create}). Does nothing by default.
     */
    protected void beforeCreate(Session session, E object, RequestContext request) {}

    /**
     * Object-level permission check (Ninja Extra's {@code check_object_permissions}): called with the loaded
     * object before it is retrieved, updated, patched or deleted; throw {@code HttpError} (403, or 404 to hide
     * it) to refuse. Does nothing by default; when not overridden, retrieve skips loading the entity.
     */
    protected void checkObject(E object, ModelAction action) {}

    /** Called after the payload is written and before the object is saved (e.g. a business rule). */
    protected void beforeSave(Session session, E object, ModelAction action) {}

    /** A new, empty entity (its no-argument constructor, which may be protected). */
    protected E newObject() {
        try {
            return entity.cast(constructor.invokeExact());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The managed entity {@code key} names, in {@code session} (unscoped). */
    protected Optional<E> find(Session session, ID key) {
        if (lookup.kind() == EntityModel.Kind.ID) {
            return session.find(entity, key);
        }
        return session.first(entity, "e." + lookup.name() + " = ?1", key);
    }

    /** Writes a payload into an object, recording problems. */
    interface Change<E> {
        /** Writes into {@code object}; records every problem in {@code errors}. */
        void apply(Session session, E object, Errors errors);
    }

    private void checkAll(E object, ModelAction action, ObjectCheck check) {
        checkObject(object, action);
        check.check(object, action);
    }

    /** Changes the object {@code key} names with {@code change} (update, patch) and answers it as {@code read} reads it. */
    <O> Optional<O> change(
            ID key, ModelAction action, BiFunction<Session, E, O> read, ModelRequest request, Change<E> change) {
        Optional<Condition> scope = scopeOf(request);
        return write(
                false,
                () -> exists(key, scope),
                s -> find(s, key, scope).map(object -> {
                    checkAll(object, action, request.check());
                    Errors errors = new Errors();
                    change.apply(s, object, errors);
                    errors.throwIfAny();
                    beforeSave(s, object, action);
                    s.flush();
                    return read.apply(s, object);
                }));
    }

    private <T> T write(boolean deleting, java.util.function.BooleanSupplier exists, Function<Session, T> work) {
        return ModelErrors.run(entity.getSimpleName(), uniqueName, deleting, exists, () -> db.transaction(work));
    }

    private boolean exists(ID key, Optional<Condition> scope) {
        return db.read(s -> find(s, key, scope).isPresent());
    }

    private Optional<Condition> scopeOf(ModelRequest request) {
        return request.context().flatMap(context -> Objects.requireNonNull(scope(context), "scope()"));
    }

    /** The entity {@code key} names, when it is inside {@code scope}: one statement with both conditions. */
    private Optional<E> find(Session session, ID key, Optional<Condition> scope) {
        if (scope.isEmpty()) {
            return find(session, key);
        }
        return session.first(
                entity, Condition.and(List.of(Condition.of(lookup.name(), Lookup.EXACT, key), scope.get())));
    }

    private ReadSpec byKey(ID key, Optional<Condition> scope) {
        return ReadSpec.builder()
                .where(Condition.of(lookup.name(), Lookup.EXACT, key))
                .where(scope)
                .limit(1)
                .build();
    }

    private ModelWriter writer(Class<?> payload) {
        return writers.computeIfAbsent(payload, type -> ModelWriter.of(model, type.asSubclass(Record.class)));
    }

    private boolean overrides(String name, Class<?>... parameters) {
        for (Class<?> c = getClass(); c != ModelService.class; c = c.getSuperclass()) {
            for (java.lang.reflect.Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == parameters.length) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean unique(EntityModel.Attribute attribute) {
        jakarta.persistence.Column column = attribute.field().getAnnotation(jakarta.persistence.Column.class);
        return column != null && column.unique();
    }

    /** A new object of {@code entity} by its no-argument constructor (a template: its field defaults). */
    static Object instantiate(Class<?> entity) {
        try {
            return constructor(entity).invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new KunaiConfigurationException(entity.getSimpleName() + "'s constructor failed: " + e, e);
        }
    }

    private static MethodHandle constructor(Class<?> entity) {
        try {
            return MethodHandles.privateLookupIn(entity, MethodHandles.lookup())
                    .findConstructor(entity, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Object.class));
        } catch (ReflectiveOperationException e) {
            throw new KunaiConfigurationException(
                    entity.getSimpleName() + " needs a no-argument constructor (JPA requires one): " + e.getMessage());
        }
    }
}
