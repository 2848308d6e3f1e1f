package dev.kunai.data.model;

import com.google.common.base.Suppliers;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.data.db.Db;
import dev.kunai.data.schema.EntityModel;
import dev.kunai.feature.Feature;
import dev.kunai.http.HttpError;
import dev.kunai.http.HttpMethod;
import dev.kunai.http.RequestContext;
import dev.kunai.operation.MetadataKey;
import dev.kunai.operation.Operation;
import dev.kunai.operation.ResponseModel;
import dev.kunai.pagination.LimitOffsetPagination;
import dev.kunai.permissions.ObjectPermissions;
import dev.kunai.stage.OperationStage;
import dev.kunai.stage.Stage;
import dev.kunai.stage.StageSlot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A model API whose schemas are derived from the entity (Ninja Extra's {@code ModelConfig(model=...,
 * schema_config=ModelSchemaConfig(...))}), as operations defined in code for {@code KunaiApi.builder()
 * .operations(...)}:
 *
 * <pre>{@code
 * List<Operation> writers = ModelOperations.builder(Author.class, Long.class)
 *         .path("/writers")
 *         .tags("Writers")
 *         .schemas(ModelSchemaConfig.builder().exclude("bio").readOnly("email").build())
 *         .service(() -> new ModelService<>(db, Author.class))
 *         .build();
 * }</pre>
 *
 * <p>Java cannot make record types at runtime, so the schemas are runtime {@link dev.kunai.schema.SchemaType}s:
 * {@code AuthorSchema} (answered), {@code AuthorCreateSchema} (the body of POST and PUT) and {@code
 * AuthorPatchSchema} (PATCH, nothing required), plus {@code Page_AuthorSchema_} for the list — Ninja Extra's
 * names. They are derived and checked when {@link Builder#build()} runs (at start-up, without a database), and
 * each carries a binder planned once. Bodies are bound strictly (unknown and read-only fields, wrong types,
 * missing required fields and the entity's Bean Validation constraints are 422 naming the field), written by
 * the {@link ModelService} (relations by id, uniqueness, 404/409 translation, scope, object permissions and
 * hooks as for record schemas), and answered with a schema-driven read: one statement for the rows and one per
 * to-many relation, whatever the page size. A to-one relation is answered as the related id and a to-many
 * relation as the list of related ids; for nested objects give record schemas to a {@link ModelController}.
 */
public final class ModelOperations {

    private ModelOperations() {}

    /**
     * A builder of the operations of {@code entity}, whose objects are looked up by a field of type
     * {@code lookupType} (the id's unless {@link Builder#lookup} names another).
     */
    public static <E, ID> Builder<E, ID> builder(Class<E> entity, Class<ID> lookupType) {
        return new Builder<>(entity, lookupType);
    }

    /**
     * Builds the operations of one entity; every setter rejects {@code null}.
     *
     * @param <E>  the entity
     * @param <ID> the lookup type
     */
    public static final class Builder<E, ID> {
        private final Class<E> entity;
        private final Class<ID> lookupType;
        private final EntityModel model;
        private String path;
        private String name;
        private String lookup;
        private List<String> tags = List.of();
        private ModelSchemaConfig config = ModelSchemaConfig.all();
        private Set<ModelRoute> routes = EnumSet.allOf(ModelRoute.class);
        private LimitOffsetPagination pagination = ModelTypes.PAGES;
        private Optional<Class<?>> owner = Optional.empty();
        private Function<RequestContext, ModelService<E, ID>> service;
        private boolean fromDatabase;

        private Builder(Class<E> entity, Class<ID> lookupType) {
            this.entity = Objects.requireNonNull(entity, "entity");
            this.lookupType = Objects.requireNonNull(lookupType, "lookupType");
            this.model = EntityModel.of(entity);
            this.name = entity.getSimpleName();
            this.lookup = model.id().name();
        }

        /** The path of the list and create operations, e.g. {@code /writers} (required). */
        public Builder<E, ID> path(String value) {
            String trimmed = Objects.requireNonNull(value, "path").replaceAll("/+$", "");
            this.path = trimmed.startsWith("/") ? trimmed : "/" + trimmed;
            return this;
        }

        /** The schema names' stem ({@code Writer} → {@code WriterSchema}, …); the entity's simple name by default. */
        public Builder<E, ID> name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /** The OpenAPI tags of every operation. */
        public Builder<E, ID> tags(String... values) {
            this.tags = List.of(values);
            return this;
        }

        /** Which fields the schemas derive (every attribute by default). */
        public Builder<E, ID> schemas(ModelSchemaConfig value) {
            this.config = Objects.requireNonNull(value, "schemas");
            return this;
        }

        /** The field objects are looked up by (the id by default); the path variable is named after it. */
        public Builder<E, ID> lookup(String field) {
            this.lookup = Objects.requireNonNull(field, "lookup");
            return this;
        }

        /** The operations to generate (Ninja Extra's {@code allowed_routes}); all by default. */
        public Builder<E, ID> routes(ModelRoute first, ModelRoute... more) {
            this.routes = EnumSet.of(first, more);
            return this;
        }

        /** The list's paginator (limit/offset, default 100, at most 1000). */
        public Builder<E, ID> pagination(LimitOffsetPagination value) {
            this.pagination = Objects.requireNonNull(value, "pagination");
            return this;
        }

        /**
         * A class whose annotations ({@code @Permissions}, {@code @Throttled}, {@code @Secured}/{@code @Public})
         * apply to every operation, as a controller's do; object permissions check the loaded object.
         */
        public Builder<E, ID> owner(Class<?> value) {
            this.owner = Optional.of(value);
            return this;
        }

        /** The service the operations call. */
        public Builder<E, ID> service(ModelService<E, ID> value) {
            Objects.requireNonNull(value, "service");
            return service(() -> value);
        }

        /**
         * The service, made on the first request (for a service over a database that opens after the API is
         * defined); it must serve the same entity and lookup field.
         */
        public Builder<E, ID> service(Supplier<? extends ModelService<E, ID>> value) {
            Supplier<? extends ModelService<E, ID>> given = Objects.requireNonNull(value, "service");
            Supplier<ModelService<E, ID>> made = Suppliers.memoize(() -> fits(given.get()));
            this.service = context -> made.get();
            this.fromDatabase = false;
            return this;
        }

        /**
         * The service over the pipeline's {@code Db}, made once per database: the operations need
         * {@link ModelOperations#feature()} in the application ({@code KunaiApp.feature(...)}), which hands each
         * request the {@code Db} of the container (the one a test binds, too).
         */
        public Builder<E, ID> serviceFor(Function<Db, ? extends ModelService<E, ID>> value) {
            Function<Db, ? extends ModelService<E, ID>> given = Objects.requireNonNull(value, "service");
            AtomicReference<Made<E, ID>> last = new AtomicReference<>();
            this.service = context -> {
                Db db = context.attribute(Db.class)
                        .orElseThrow(() -> new IllegalStateException("ModelOperations of " + entity.getSimpleName()
                                + " need the database: add ModelOperations.feature() to the application"));
                Made<E, ID> known = last.get();
                if (known == null || known.db() != db) {
                    known = new Made<>(db, fits(given.apply(db)));
                    last.set(known);
                }
                return known.service();
            };
            this.fromDatabase = true;
            return this;
        }

        /**
         * The operations, their schemas derived and checked.
         *
         * @throws KunaiConfigurationException naming the entity and field of any misfit, or when no path or
         *     service was given
         */
        public List<Operation> build() {
            String where = "ModelOperations of " + entity.getSimpleName();
            if (path == null || service == null) {
                throw new KunaiConfigurationException(where + ": give a path(...) and a service(...)");
            }
            EntityModel.Attribute key = model.attribute(lookup)
                    .orElseThrow(() -> new KunaiConfigurationException(
                            entity.getSimpleName() + " has no field '" + lookup + "' to look objects up by"));
            if (EntityModel.boxed(lookupType) != key.type()) {
                throw new KunaiConfigurationException(
                        where + ": the lookup type is " + lookupType.getSimpleName() + ", but " + entity.getSimpleName()
                                + "." + lookup + " is " + key.type().getSimpleName());
            }
            Object fresh = ModelService.instantiate(entity);
            EntitySchemas schemas = EntitySchemas.of(model, config, fresh);
            DerivedOperations<E, ID> operations = new DerivedOperations<>(schemas, name, service, pagination);
            String variable = key.kind() == EntityModel.Kind.ID ? "id" : lookup;
            List<Operation> out = new ArrayList<>();
            for (ModelRoute route : routes) {
                Operation.Builder builder = operations.define(route, path, variable, lookupType);
                builder.tags(tags.toArray(String[]::new));
                owner.ifPresent(builder::owner);
                if (fromDatabase) {
                    builder.metadata(DATABASE, Boolean.TRUE);
                }
                out.add(builder.build());
            }
            return List.copyOf(out);
        }

        private ModelService<E, ID> fits(ModelService<E, ID> made) {
            if (made.entity() != entity || !made.lookupField().equals(lookup)) {
                throw new IllegalStateException("ModelOperations of " + entity.getSimpleName() + " (lookup '"
                        + lookup + "') were given a service of " + made.entity().getSimpleName() + " (lookup '"
                        + made.lookupField() + "')");
            }
            return made;
        }
    }

    /** Marks the operations whose service is made from the request's database ({@link Builder#serviceFor}). */
    private static final MetadataKey<Boolean> DATABASE = MetadataKey.of("kunai.model.database", Boolean.class);

    /** A service and the database it was made for. */
    private record Made<E, ID>(Db db, ModelService<E, ID> service) {}

    /**
     * The feature that gives operations built with {@link Builder#serviceFor} the application's {@code Db}: a
     * stage, created at start-up from the DI container, that puts it in each request's attributes before the
     * handler runs. Register it once per application ({@code KunaiApp.feature(ModelOperations.feature())}).
     */
    public static Feature feature() {
        return setup -> setup.stage(OperationStage.withContext(StageSlot.BEFORE_BIND, (operation, context) -> {
            if (!operation.metadata().contains(DATABASE) || context.describing()) {
                return Optional.empty();
            }
            Db db = context.container().instance(Db.class);
            return Optional.of(Stage.of(request -> {
                request.attribute(Db.class, db);
                return Optional.empty();
            }));
        }));
    }

    /** The documented answers of the routes that read or change one object. */
    static ResponseModel notFound() {
        return ResponseModel.error(404, "Not Found");
    }

    /** The documented conflict answer. */
    static ResponseModel conflict(String description) {
        return ResponseModel.error(409, description);
    }

    /** The 404 of an absent object, in Django's words. */
    static HttpError absent(Class<?> entity) {
        return HttpError.notFound(ModelErrors.notFound(entity.getSimpleName()));
    }

    /** The request of a code operation: its scope and its object permissions. */
    static ModelRequest request(dev.kunai.http.RequestContext context) {
        return ModelRequest.of(context, ObjectPermissions.of(context));
    }

    /** The HTTP method of a route. */
    static HttpMethod method(ModelRoute route) {
        return switch (route) {
            case LIST, RETRIEVE -> HttpMethod.GET;
            case CREATE -> HttpMethod.POST;
            case UPDATE -> HttpMethod.PUT;
            case PATCH -> HttpMethod.PATCH;
            case DELETE -> HttpMethod.DELETE;
        };
    }
}
