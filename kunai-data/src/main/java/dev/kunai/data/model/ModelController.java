package dev.kunai.data.model;

import com.google.common.reflect.TypeToken;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.data.ModelSchema;
import dev.kunai.data.schema.EntityModel;
import dev.kunai.route.PathVariableName;
import java.lang.reflect.TypeVariable;
import java.util.Objects;
import java.util.Optional;

/**
 * The base of a model controller (Ninja Extra's {@code ModelControllerBase} with its {@code ModelConfig}): extend
 * it with the entity and lookup types, implement the route interfaces to publish ({@link CrudModel} for all),
 * and hand it a {@link ModelService}:
 *
 * <pre>{@code
 * @Controller(value = "/authors", tags = "Authors")
 * public class AuthorController extends ModelController<Author, Long>
 *         implements CrudModel<Long, AuthorSchema, AuthorIn> {
 *     @Inject
 *     public AuthorController(Db db) {
 *         super(new ModelService<>(db, Author.class));
 *     }
 * }
 * }</pre>
 *
 * <p>When the controller is created (at start-up) it resolves the schema types against its class and checks
 * them: the response schema must be a {@code @ModelSchema} of the entity, the payload's components must match
 * the entity's attributes, the {@code ID} type must be the lookup field's, and a lookup field other than the id
 * names the path variable ({@code @PathVariableName(variable = "id", name = "isbn")} → {@code /{isbn}}); any
 * mismatch fails start-up with a {@link KunaiConfigurationException} naming it. Add more operations with ordinary annotated methods.
 *
 * @param <E>  the entity
 * @param <ID> the type of the lookup field
 */
public abstract class ModelController<E, ID> {

    private final ModelService<E, ID> service;
    private final ModelTypes types;

    /**
     * A controller over {@code service}.
     *
     * @throws KunaiConfigurationException when the controller's types do not fit the entity
     */
    protected ModelController(ModelService<E, ID> service) {
        this.service = Objects.requireNonNull(service, "service");
        this.types = resolve();
    }

    /** The service the generated routes call; use it in your own handlers too. */
    public ModelService<E, ID> modelService() {
        return service;
    }

    /** The resolved schema types. */
    public ModelTypes modelTypes() {
        return types;
    }

    private ModelTypes resolve() {
        String name = getClass().getSimpleName();
        if (!(this instanceof ModelRoutes<?, ?>)) {
            throw new KunaiConfigurationException(name + " extends ModelController but implements no route interface"
                    + " (CrudModel, ListModel, RetrieveModel, CreateModel, UpdateModel, PatchModel, DeleteModel)");
        }
        TypeToken<?> self = TypeToken.of(getClass());
        Class<?> out = resolved(self, ModelRoutes.class, 1);
        ModelSchema schema = out.getAnnotation(ModelSchema.class);
        if (schema == null || !schema.value().isAssignableFrom(service.entity())) {
            throw new KunaiConfigurationException(
                    name + ": the response schema " + out.getSimpleName() + " must be a record annotated @ModelSchema("
                            + service.entity().getSimpleName() + ".class)");
        }
        Class<?> id = EntityModel.boxed(resolved(self, ModelRoutes.class, 0));
        if (id != service.lookupType()) {
            throw new KunaiConfigurationException(name + ": the ID type is " + id.getSimpleName() + ", but "
                    + service.entity().getSimpleName() + "." + service.lookupField() + " (the lookup field) is "
                    + service.lookupType().getSimpleName());
        }
        checkPathVariable(name);
        Optional<Class<? extends Record>> in = Optional.empty();
        if (this instanceof WriteModel<?, ?, ?>) {
            Class<? extends Record> payload =
                    resolved(self, WriteModel.class, 2).asSubclass(Record.class);
            service.prepare(payload);
            in = Optional.of(payload);
        }
        return new ModelTypes(out, in);
    }

    /**
     * The routes declare {@code {id}}; a controller whose lookup field is not the id names that variable after
     * the field with {@code @PathVariableName(variable = "id", name = "<field>")}, and no other name is accepted.
     */
    private void checkPathVariable(String name) {
        String field = service.lookupField();
        boolean byId = EntityModel.of(service.entity()).id().name().equals(field);
        PathVariableName renamed = getClass().getAnnotation(PathVariableName.class);
        String expected = "@PathVariableName(variable = \"id\", name = \"" + field + "\")";
        if (renamed == null) {
            if (!byId) {
                throw new KunaiConfigurationException(name + ": objects are looked up by "
                        + service.entity().getSimpleName() + "." + field + ", so the path variable must be named"
                        + " after it: annotate the controller with " + expected);
            }
            return;
        }
        if (!renamed.variable().equals("id") || !renamed.name().equals(field)) {
            throw new KunaiConfigurationException(name + ": @PathVariableName(variable = \"" + renamed.variable()
                    + "\", name = \"" + renamed.name() + "\") does not fit the lookup field "
                    + service.entity().getSimpleName() + "." + field + "; write " + expected);
        }
    }

    private static Class<?> resolved(TypeToken<?> self, Class<?> owner, int index) {
        TypeVariable<?> variable = owner.getTypeParameters()[index];
        Class<?> raw = self.resolveType(variable).getRawType();
        if (raw == Object.class || raw == Record.class) {
            throw new KunaiConfigurationException(self.getRawType().getSimpleName() + ": give " + owner.getSimpleName()
                    + "'s type argument " + variable.getName() + " a concrete class");
        }
        return raw;
    }
}
