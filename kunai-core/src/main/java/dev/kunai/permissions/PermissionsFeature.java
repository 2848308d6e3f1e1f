package dev.kunai.permissions;

import dev.kunai.KunaiConfigurationException;
import dev.kunai.contributor.OperationContribution;
import dev.kunai.feature.Feature;
import dev.kunai.feature.FeatureSetup;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestContext;
import dev.kunai.operation.OperationModel;
import dev.kunai.operation.ResponseModel;
import dev.kunai.stage.OperationStage;
import dev.kunai.stage.Stage;
import dev.kunai.stage.StageContext;
import dev.kunai.stage.StageSlot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs permissions (Ninja Extra's permission classes): a stage in the {@link StageSlot#PERMISSIONS} slot, after
 * authentication and before throttling, on every operation whose permissions are not just {@link AllowAny}.
 * An operation's permissions are its {@link Permissions}, else its controller's, else this feature's defaults
 * (the application level; Ninja Extra's {@code NINJA_EXTRA["PERMISSION_CLASSES"]}, {@code AllowAny} unless
 * configured). The first permission that denies answers {@code 403 {"detail": message}}, documented in OpenAPI.
 * It also provides {@link ObjectPermissions} to handlers.
 *
 * <p>Always 403, never 401: a request reaches this stage only after the auth stage accepted it, and an operation
 * that requires authentication has already answered 401 (with its {@code WWW-Authenticate} challenge) to an
 * unauthenticated caller. An anonymous request reaches permissions only on an operation without authentication,
 * which has no challenge to offer (RFC 9110 §15.5.2 requires one with 401); DRF answers 403 in that case too.
 *
 * <p>Permission classes are created once per application through its DI container, so they may inject their
 * dependencies (a database, a user store). While the pipeline is only described (the {@code openapi} command,
 * possibly without a database) none is created: the declared classes alone decide whether the 403 is documented.
 * Kunai installs {@code PermissionsFeature.allowAny()} unless the application installs its own
 * (install one only: each installed feature adds its own stage):
 *
 * <pre>{@code
 * Kunai.app().feature(PermissionsFeature.defaults(IsAuthenticated.class))
 * }</pre>
 */
public final class PermissionsFeature implements Feature {

    private static final ResponseModel NOT_FOUND = ResponseModel.error(404, "Not Found");

    /** One application default: its class (known without creating it) and how it is made. */
    private record Source(Class<? extends Permission> type, Function<StageContext, Permission> make) {}

    private final List<Source> defaults;

    private PermissionsFeature(List<Source> defaults) {
        this.defaults = List.copyOf(defaults);
    }

    /** Permissions with Ninja Extra's default: where nothing is declared, anyone may run an operation. */
    public static PermissionsFeature allowAny() {
        return new PermissionsFeature(List.of());
    }

    /**
     * Permissions whose application-wide default is {@code permissions} (all must allow), created through the
     * DI container; {@link Permissions} on a controller or operation replaces it.
     */
    @SafeVarargs
    public static PermissionsFeature defaults(Class<? extends Permission>... permissions) {
        List<Source> sources = new ArrayList<>();
        for (Class<? extends Permission> type : permissions) {
            Objects.requireNonNull(type, "permission class");
            sources.add(new Source(type, context -> context.instance(type)));
        }
        return new PermissionsFeature(sources);
    }

    /**
     * Permissions whose application-wide default is these ready-made instances (all must allow), e.g.
     * {@code new IsAuthenticated().and(new IsAdminUser())}; {@link Permissions} replaces it where declared.
     */
    public static PermissionsFeature defaults(Permission... permissions) {
        List<Source> sources = new ArrayList<>();
        for (Permission permission : permissions) {
            Objects.requireNonNull(permission, "permission");
            sources.add(new Source(permission.getClass(), context -> permission));
        }
        return new PermissionsFeature(sources);
    }

    @Override
    public void setup(FeatureSetup setup) {
        setup.stage(OperationStage.withContext(StageSlot.PERMISSIONS, this::stageFor));
        setup.requestValue(ObjectPermissions.provider());
        setup.contributor(PermissionsFeature::documentNotFound);
    }

    /**
     * The permissions {@code operation} runs, most specific declaration first, each created through
     * {@code context}; {@link AllowAny} entries are left out (they allow everything, requests and objects).
     *
     * @throws KunaiConfigurationException when a permission class cannot be created
     */
    public List<Permission> resolve(OperationModel operation, StageContext context) {
        List<Permission> resolved = new ArrayList<>();
        try {
            Optional<Permissions> declared = operation.annotation(Permissions.class);
            if (declared.isPresent()) {
                Arrays.stream(declared.get().value()).map(context::instance).forEach(resolved::add);
            } else {
                defaults.forEach(source -> resolved.add(source.make().apply(context)));
            }
        } catch (IllegalStateException e) {
            throw KunaiConfigurationException.at(
                    operation.controller(), operation.handler(), "@Permissions: " + e.getMessage());
        }
        resolved.removeIf(AllowAny.class::isInstance);
        return List.copyOf(resolved);
    }

    /**
     * The classes of the permissions {@code operation} runs (its {@link Permissions}, else its controller's, else
     * the defaults), without creating any: what describing the pipeline goes by.
     */
    public List<Class<? extends Permission>> declared(OperationModel operation) {
        return operation
                .annotation(Permissions.class)
                .<List<Class<? extends Permission>>>map(p -> List.of(p.value()))
                .orElseGet(() -> defaults.stream()
                        .<Class<? extends Permission>>map(Source::type)
                        .toList());
    }

    private Optional<Stage> stageFor(OperationModel operation, StageContext context) {
        if (context.describing()) {
            boolean anyoneMay = declared(operation).stream().allMatch(AllowAny.class::isAssignableFrom);
            return anyoneMay ? Optional.empty() : Optional.of(new Described());
        }
        List<Permission> permissions = resolve(operation, context);
        return permissions.isEmpty() ? Optional.empty() : Optional.of(new OperationPermissions(permissions));
    }

    /**
     * The stage of a described pipeline: it documents the 403 and is never run (a described pipeline serves no
     * request); run anyway, it denies.
     */
    private static final class Described implements Stage {
        @Override
        public Optional<HttpResponse> apply(RequestContext context) {
            throw new IllegalStateException("The permissions of a described pipeline were not created");
        }

        @Override
        public List<ResponseModel> responses() {
            return OperationPermissions.ALLOW_ANY.responses();
        }
    }

    /** A handler taking {@link ObjectPermissions} may answer 404 from {@link ObjectPermissions#getOr404}. */
    private static void documentNotFound(OperationContribution contribution) {
        for (Class<?> type : contribution.model().handler().getParameterTypes()) {
            if (type == ObjectPermissions.class) {
                contribution.response(NOT_FOUND);
                return;
            }
        }
    }
}
