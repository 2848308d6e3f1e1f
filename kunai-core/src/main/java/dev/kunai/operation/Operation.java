package dev.kunai.operation;

import com.google.common.primitives.Primitives;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.binding.TextConverters;
import dev.kunai.binding.Types;
import dev.kunai.contributor.Input;
import dev.kunai.contributor.InputValues;
import dev.kunai.http.HttpMethod;
import dev.kunai.routing.PathTemplate;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An operation defined in code, with no annotated method (the base of generated operations such as model
 * controllers or an admin site): a method and path, typed inputs, a result type, a handler that receives the
 * bound inputs, and the same metadata an annotated route carries. Register it with
 * {@link dev.kunai.KunaiApi.Builder#operations}; it runs through the same stages (auth, permissions, throttle),
 * the same binders and validation (every input error reported at once as 422), the same result writers and the
 * same OpenAPI rendering as an annotated method, and the same start-up checks (path variables against the
 * template, duplicate routes and operation ids).
 *
 * <pre>{@code
 * Operation.Builder get = Operation.builder(HttpMethod.GET, "/items/{id}").tags("items");
 * Input<Long> id = get.path("id", long.class);
 * Operation getItem = get.handler(Item.class, inputs -> store.find(inputs.get(id))).build();
 * }</pre>
 */
public final class Operation {

    /** The method a code operation's {@link OperationModel#handler()} names: {@link Handler#handle}. */
    static final Method HANDLE = handleMethod();

    private final HttpMethod method;
    private final String path;
    private final Optional<String> operationId;
    private final Optional<String> summary;
    private final Optional<String> description;
    private final List<String> tags;
    private final boolean deprecated;
    private final int status;
    private final Class<?> owner;
    private final Optional<List<String>> security;
    private final Metadata metadata;
    private final List<ResponseModel> responses;
    private final List<OperationInputs.Spec> inputs;
    private final Type resultType;
    private final Handler handler;

    private Operation(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.operationId = Optional.ofNullable(b.operationId);
        this.summary = Optional.ofNullable(b.summary);
        this.description = Optional.ofNullable(b.description);
        this.tags = List.copyOf(b.tags);
        this.deprecated = b.deprecated;
        this.status = b.status;
        this.owner = b.owner;
        this.security = Optional.ofNullable(b.security).map(List::copyOf);
        this.metadata = b.metadata;
        this.responses = List.copyOf(b.responses);
        this.inputs = List.copyOf(b.inputs.specs());
        this.resultType = b.resultType;
        this.handler = b.handler;
    }

    /** Starts an operation answering {@code method} at {@code path} (relative to the API prefix, e.g. {@code /items/{id}}). */
    public static Builder builder(HttpMethod method, String path) {
        return new Builder(Objects.requireNonNull(method, "method"), Objects.requireNonNull(path, "path"));
    }

    /** The HTTP method. */
    public HttpMethod method() {
        return method;
    }

    /** The path template relative to the API prefix, starting with {@code /}. */
    public String path() {
        return path;
    }

    /** The function that runs a code operation: its result is written by the result type's kind. */
    @FunctionalInterface
    public interface Handler {

        /**
         * The operation's result for one request, e.g. a record (JSON), {@code Optional} (404 when empty),
         * {@code Status}, {@code Raw}, {@code HttpResponse}, a {@code CompletionStage} of one of those, or
         * {@code null} for {@code void}.
         *
         * @param inputs the bound and validated inputs, read with the {@link Input} handles of the builder, and the
         *     request's context (response headers, cookies, the principal as attribute)
         * @throws Exception any failure; it is mapped by the exception handlers like a controller method's
         */
        Object handle(InputValues inputs) throws Exception;
    }

    /** The definition of this operation mounted under {@code apiPrefix} (security still unresolved). */
    OperationDefinition define(String apiPrefix) {
        String where = where();
        OperationInputs.Planned planned = OperationInputs.plan(inputs, apiPrefix, path, where);
        ResultPlan result = ResultPlan.of(resultType);
        int successStatus = status != 0 ? status : result.defaultStatus();
        result.statusProblem(successStatus).ifPresent(problem -> {
            throw new KunaiConfigurationException(where + ": " + problem);
        });
        List<ResponseModel> documented = new ArrayList<>();
        documented.add(result.success(successStatus));
        for (ResponseModel declared : responses) {
            if (documented.stream().noneMatch(r -> r.status() == declared.status())) {
                documented.add(declared);
            }
        }
        String id = operationId.orElseGet(this::defaultOperationId);
        OperationModel model = new OperationModel(
                        id,
                        method,
                        path,
                        summary.orElseGet(() -> OperationModels.readable(id)),
                        description,
                        tags,
                        deprecated,
                        planned.parameters(),
                        planned.body(),
                        List.of(),
                        owner,
                        HANDLE,
                        List.of(),
                        metadata)
                .withAllResponses(documented)
                .withResponses(result.implied());
        return new OperationDefinition(
                model, planned.plans(), successStatus, result, new Invocation.OfHandler(handler));
    }

    /** The scheme names that secure this operation, if declared in code (an empty list: public). */
    Optional<List<String>> security() {
        return security;
    }

    /** How messages name this operation, e.g. {@code operation GET /items/{id}}. */
    String where() {
        return "operation " + operationId.map(id -> "'" + id + "' ").orElse("") + method + " " + path;
    }

    private String defaultOperationId() {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(java.util.Locale.ROOT));
        for (String segment : path.split("/")) {
            String word = segment.replaceAll("[{}]", "").replaceAll(":.*", "").replaceAll("[^A-Za-z0-9]", "_");
            if (!word.isEmpty()) {
                id.append('_').append(word);
            }
        }
        return id.toString();
    }

    private static Method handleMethod() {
        try {
            return Handler.class.getMethod("handle", InputValues.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Builds an {@link Operation}. The input methods return the {@link Input} handle the handler reads the bound
     * value with; every method rejects {@code null}, and a misconfiguration (a second body, an input name used
     * twice, a type that cannot be read from text) fails at the call with a {@link KunaiConfigurationException}.
     */
    public static final class Builder {
        private final HttpMethod method;
        private final String path;
        private String operationId;
        private String summary;
        private String description;
        private final List<String> tags = new ArrayList<>();
        private boolean deprecated;
        private int status;
        private Class<?> owner = Operation.class;
        private List<String> security;
        private Metadata metadata = Metadata.empty();
        private final List<ResponseModel> responses = new ArrayList<>();
        private final OperationInputs inputs;
        private Type resultType;
        private Handler handler;

        private Builder(HttpMethod method, String path) {
            this.method = method;
            this.path = path.startsWith("/") ? path : "/" + path;
            try {
                PathTemplate.parse(this.path);
            } catch (IllegalArgumentException e) {
                throw new KunaiConfigurationException("operation " + method + " " + path + ": " + e.getMessage(), e);
            }
            this.inputs = new OperationInputs("operation " + method + " " + this.path);
        }

        /** Sets the unique operation id (default: method and path words, e.g. {@code get_items_id}). */
        public Builder operationId(String value) {
            this.operationId = Objects.requireNonNull(value, "operationId");
            return this;
        }

        /** Sets the summary (default: the operation id made readable). */
        public Builder summary(String value) {
            this.summary = Objects.requireNonNull(value, "summary");
            return this;
        }

        /** Sets the description (Markdown). */
        public Builder description(String value) {
            this.description = Objects.requireNonNull(value, "description");
            return this;
        }

        /** Adds OpenAPI tags. */
        public Builder tags(String... values) {
            for (String tag : Objects.requireNonNull(values, "tags")) {
                this.tags.add(Objects.requireNonNull(tag, "tags"));
            }
            return this;
        }

        /** Marks the operation deprecated. */
        public Builder deprecated() {
            this.deprecated = true;
            return this;
        }

        /** Sets the success status (default {@code 200}, {@code 204} for a {@code void} result). */
        public Builder status(int value) {
            if (value < 100 || value > 599) {
                throw new KunaiConfigurationException(inputs.where() + ": status " + value + " is not an HTTP status");
            }
            this.status = value;
            return this;
        }

        /**
         * Sets the class whose annotations apply to this operation as a controller's do ({@code @Permissions},
         * {@code @Throttled}, {@code @Secured}/{@code @Public}, ...): e.g. the model controller or admin site that
         * generates it. Default: none.
         */
        public Builder owner(Class<?> value) {
            this.owner = Objects.requireNonNull(value, "owner");
            return this;
        }

        /**
         * Requires one of the API's authentication schemes named {@code schemes} (like {@code @Secured}); wins over
         * the owner's and the API's defaults. Unknown names fail at start-up.
         */
        public Builder secured(String... schemes) {
            if (schemes.length == 0) {
                throw new KunaiConfigurationException(
                        inputs.where() + ": secured() names no scheme; use publicAccess()");
            }
            this.security = List.of(schemes);
            return this;
        }

        /** Makes the operation public even when its API or owner requires authentication (Ninja's {@code auth=None}). */
        public Builder publicAccess() {
            this.security = List.of();
            return this;
        }

        /** Stores a typed fact in the operation's metadata for stages and features. */
        public <T> Builder metadata(MetadataKey<T> key, T value) {
            this.metadata = metadata.with(key, value);
            return this;
        }

        /** Documents one more response (e.g. {@code ResponseModel.error(409, "Conflict")}). */
        public Builder response(ResponseModel value) {
            this.responses.add(Objects.requireNonNull(value, "response"));
            return this;
        }

        /** A path variable of the template, converted from text to {@code type} (422 when it cannot be). */
        public <T> Input<T> path(String name, Class<T> type) {
            return inputs.scalar(ParamSource.PATH, name, type, true);
        }

        /** A required query parameter, converted to {@code type}. */
        public <T> Input<T> query(String name, Class<T> type) {
            return inputs.scalar(ParamSource.QUERY, name, type, true);
        }

        /** An optional query parameter, converted to {@code type} when present. */
        public <T> Input<Optional<T>> optionalQuery(String name, Class<T> type) {
            return inputs.scalar(ParamSource.QUERY, name, type, false);
        }

        /**
         * The components of {@code record} as query parameters (Ninja's {@code Query[Schema]}): their defaults,
         * {@code Optional}s and Bean Validation constraints apply and are documented.
         */
        public <R extends Record> Input<R> query(Class<R> record) {
            return inputs.queryGroup(record);
        }

        /** A required header, converted to {@code type}. */
        public <T> Input<T> header(String name, Class<T> type) {
            return inputs.scalar(ParamSource.HEADER, name, type, true);
        }

        /** An optional header, converted to {@code type} when present. */
        public <T> Input<Optional<T>> optionalHeader(String name, Class<T> type) {
            return inputs.scalar(ParamSource.HEADER, name, type, false);
        }

        /**
         * A value of the request's context rather than of the client's input, as a controller method's parameter of
         * that type receives it: the {@link dev.kunai.http.HttpRequest}, the {@link dev.kunai.http.RequestContext}
         * (response headers, cookies, the principal as attribute), or a {@link dev.kunai.inject.RequestScoped} type a
         * feature provides ({@code FeatureSetup.requestValue}, e.g. a database {@code Session} or
         * {@code ObjectPermissions}), opened for the request and closed after it. Not documented in OpenAPI.
         *
         * @throws KunaiConfigurationException when {@code type} is none of those; at start-up, when no feature provides
         *     the request-scoped type
         */
        public <T> Input<T> context(Class<T> type) {
            return inputs.context(type);
        }

        /**
         * The JSON request body bound to {@code type} and validated with its constraints; errors are located at
         * {@code ["body", name, ...]}.
         */
        public <T> Input<T> body(String name, Class<T> type) {
            return inputs.body(name, type);
        }

        /**
         * The JSON request body bound and validated by a runtime schema's own binder (e.g. a schema derived from
         * an entity) and documented as its component; the handler receives the value the binder makes.
         */
        public Input<Object> body(String name, dev.kunai.schema.SchemaType type) {
            return inputs.body(name, type);
        }

        /**
         * The handler and the type it returns ({@code void.class} for no body; {@code Optional}, {@code Status},
         * {@code CompletionStage} and generic types as {@link java.lang.reflect.ParameterizedType}s, e.g. from a
         * Guava {@code TypeToken}).
         */
        public Builder handler(Type resultType, Handler value) {
            this.resultType = Objects.requireNonNull(resultType, "resultType");
            this.handler = Objects.requireNonNull(value, "handler");
            return this;
        }

        /** The operation; fails when no handler was set. */
        public Operation build() {
            if (handler == null) {
                throw new KunaiConfigurationException(inputs.where() + ": no handler; call handler(resultType, ...)");
            }
            return new Operation(this);
        }
    }

    /** Whether {@code type} can be read from one text value (a path, query or header input). */
    static boolean isText(Class<?> type) {
        return TextConverters.forType(Primitives.wrap(type)).isPresent()
                || TextConverters.forType(type).isPresent();
    }

    /** {@code type} boxed, for the {@link Input} handle's cast. */
    static <T> Class<T> boxed(Class<T> type) {
        return Primitives.wrap(type);
    }

    /** The described type (for messages). */
    static String describe(Type type) {
        return Types.describe(type);
    }

    @Override
    public String toString() {
        return where() + " " + inputs;
    }
}
