package dev.kunai;

import dev.kunai.errors.ExceptionHandler;
import dev.kunai.throttling.Throttle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An API: a title, a version, a URL prefix and the controllers registered on it (Django Ninja's
 * {@code NinjaAPI}). It is a definition; an application compiles it once at start-up. Several APIs can be
 * mounted in one application at different prefixes (e.g. {@code /api/v1/} and {@code /api/v2/}).
 */
public final class KunaiApi {

    private final String title;
    private final String version;
    private final Optional<String> description;
    private final String prefix;
    private final List<Class<?>> controllers;
    private final List<dev.kunai.operation.Operation> operations;
    private final Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers;
    private final Optional<String> openApiPath;
    private final Optional<String> docsPath;
    private final Optional<dev.kunai.security.Auth> auth;
    private final Optional<dev.kunai.security.Auth> docsAuth;
    private final List<dev.kunai.security.Auth> authSchemes;
    private final Optional<List<Throttle>> throttle;

    private KunaiApi(Builder builder) {
        this.title = builder.title;
        this.version = builder.version;
        this.description = Optional.ofNullable(builder.description);
        this.prefix = normalizePrefix(builder.prefix);
        this.controllers = List.copyOf(builder.controllers);
        this.operations = List.copyOf(builder.operations);
        this.exceptionHandlers = Map.copyOf(builder.exceptionHandlers);
        this.openApiPath = Optional.ofNullable(builder.openApiPath);
        this.docsPath = Optional.ofNullable(builder.docsPath);
        this.auth = Optional.ofNullable(builder.auth);
        this.docsAuth = Optional.ofNullable(builder.docsAuth);
        this.authSchemes = List.copyOf(builder.authSchemes);
        this.throttle = Optional.ofNullable(builder.throttle).map(List::copyOf);
    }

    /** Starts a definition with title "Kunai API", version "1.0.0", prefix {@code /api}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The title shown in the docs. */
    public String title() {
        return title;
    }

    /** The API version string. */
    public String version() {
        return version;
    }

    /** The description (Markdown), if any. */
    public Optional<String> description() {
        return description;
    }

    /** The URL prefix without a trailing slash ({@code ""} for the root, else e.g. {@code "/api"}). */
    public String prefix() {
        return prefix;
    }

    /** The registered controller classes, in registration order. */
    public List<Class<?>> controllers() {
        return controllers;
    }

    /** The operations defined in code, in registration order (they follow the controllers' operations). */
    public List<dev.kunai.operation.Operation> operations() {
        return operations;
    }

    /** The registered exception handlers by exception type. */
    public Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers() {
        return exceptionHandlers;
    }

    /** Where the OpenAPI document is served, relative to the prefix (default {@code /openapi.json}); empty when off. */
    public Optional<String> openApiPath() {
        return openApiPath;
    }

    /** Where Swagger UI is served, relative to the prefix (default {@code /docs}); empty when off. */
    public Optional<String> docsPath() {
        return docsPath;
    }

    /** The authentication every operation needs (unless {@code @Public}), if any. */
    public Optional<dev.kunai.security.Auth> auth() {
        return auth;
    }

    /**
     * Every authentication scheme operations can name with {@code @Secured}: the default {@link #auth()} first,
     * then those registered with {@link Builder#authSchemes}.
     */
    public List<dev.kunai.security.Auth> authSchemes() {
        List<dev.kunai.security.Auth> all = new ArrayList<>();
        auth.ifPresent(all::add);
        all.addAll(authSchemes);
        return List.copyOf(all);
    }

    /** The authentication the OpenAPI document and Swagger UI need, if any. */
    public Optional<dev.kunai.security.Auth> docsAuth() {
        return docsAuth;
    }

    /**
     * The throttles of every operation of this API that declares none itself (Ninja Extra's
     * {@code NinjaExtraAPI(throttle=...)}): empty when not set, so the application's defaults
     * ({@code Throttling.builder().defaults(...)}, setting {@code throttle.defaults}) apply; an empty list when
     * the API opted out with {@link Builder#noThrottle()}. A controller's or an operation's {@code @Throttled} /
     * {@code @NoThrottle} replaces it. Read by {@code ThrottleFeature}; without that feature nothing is throttled.
     */
    public Optional<List<Throttle>> throttle() {
        return throttle;
    }

    /** A copy of this definition mounted at another prefix. */
    public KunaiApi withPrefix(String newPrefix) {
        Builder copy = toBuilder();
        copy.prefix = newPrefix;
        return copy.build();
    }

    /** A copy with {@code more} operations defined in code after its own (how features add theirs). */
    public KunaiApi withOperations(List<dev.kunai.operation.Operation> more) {
        Builder copy = toBuilder();
        copy.operations.addAll(List.copyOf(more)); // List.copyOf rejects null elements
        return copy.build();
    }

    /** A copy that serves only the given controllers at the root prefix, with docs off (used by test clients). */
    public static KunaiApi ofControllers(Class<?>... controllers) {
        return builder().prefix("").controllers(controllers).noOpenApi().build();
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.version = version;
        b.description = description.orElse(null);
        b.prefix = prefix;
        b.controllers.addAll(controllers);
        b.operations.addAll(operations);
        b.exceptionHandlers.putAll(exceptionHandlers);
        b.openApiPath = openApiPath.orElse(null);
        b.docsPath = docsPath.orElse(null);
        b.auth = auth.orElse(null);
        b.docsAuth = docsAuth.orElse(null);
        b.authSchemes.addAll(authSchemes);
        b.throttle = throttle.orElse(null);
        return b;
    }

    static String normalizePrefix(String raw) {
        String p = raw.strip();
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.isEmpty() && !p.startsWith("/")) {
            p = "/" + p;
        }
        return p;
    }

    /** Builds a {@link KunaiApi}. */
    public static final class Builder {
        private String title = "Kunai API";
        private String version = "1.0.0";
        private String description;
        private String prefix = "/api";
        private final List<Class<?>> controllers = new ArrayList<>();
        private final List<dev.kunai.operation.Operation> operations = new ArrayList<>();
        private final Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers = new LinkedHashMap<>();
        private String openApiPath = "/openapi.json";
        private String docsPath = "/docs";
        private dev.kunai.security.Auth auth;
        private dev.kunai.security.Auth docsAuth;
        private final List<dev.kunai.security.Auth> authSchemes = new ArrayList<>();
        private List<Throttle> throttle;

        private Builder() {}

        /** Sets the title. */
        public Builder title(String value) {
            this.title = Objects.requireNonNull(value, "title");
            return this;
        }

        /** Sets the version. */
        public Builder version(String value) {
            this.version = Objects.requireNonNull(value, "version");
            return this;
        }

        /** Sets the description (Markdown). */
        public Builder description(String value) {
            this.description = Objects.requireNonNull(value, "description");
            return this;
        }

        /** Sets the URL prefix, e.g. {@code "/api/"} (trailing slash optional). */
        public Builder prefix(String value) {
            this.prefix = Objects.requireNonNull(value, "prefix");
            return this;
        }

        /** Registers controller classes. */
        public Builder controllers(Class<?>... values) {
            this.controllers.addAll(nonNull("controllers", values));
            return this;
        }

        /**
         * Registers operations defined in code ({@link dev.kunai.operation.Operation#builder}); their paths are
         * relative to the prefix, like a controller's.
         */
        public Builder operations(dev.kunai.operation.Operation... values) {
            this.operations.addAll(nonNull("operations", values));
            return this;
        }

        /** Registers a handler turning an exception type (and its subtypes) into a response; the most specific wins. */
        public <E extends Throwable> Builder exceptionHandler(Class<E> type, ExceptionHandler<? super E> handler) {
            this.exceptionHandlers.put(
                    Objects.requireNonNull(type, "type"), Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /** Sets where the OpenAPI document is served relative to the prefix (default {@code /openapi.json}). */
        public Builder openApiPath(String value) {
            this.openApiPath = Objects.requireNonNull(value, "openApiPath");
            return this;
        }

        /** Sets where Swagger UI is served relative to the prefix (default {@code /docs}). */
        public Builder docsPath(String value) {
            this.docsPath = Objects.requireNonNull(value, "docsPath");
            return this;
        }

        /** Requires {@code value} on every operation (except those marked {@code @Public}). */
        public Builder auth(dev.kunai.security.Auth value) {
            this.auth = Objects.requireNonNull(value, "auth");
            return this;
        }

        /**
         * Registers more authentication schemes that operations and controllers can require by name with
         * {@code @Secured("SchemeName")}; they are not required by default.
         */
        public Builder authSchemes(dev.kunai.security.Auth... values) {
            this.authSchemes.addAll(nonNull("authSchemes", values));
            return this;
        }

        /** Requires {@code value} to read the OpenAPI document and Swagger UI. */
        public Builder docsAuth(dev.kunai.security.Auth value) {
            this.docsAuth = Objects.requireNonNull(value, "docsAuth");
            return this;
        }

        /**
         * Throttles every operation of this API that declares no {@code @Throttled} / {@code @NoThrottle} of its
         * own, on it or on its controller, replacing the application's defaults for this API (Ninja Extra's
         * {@code NinjaExtraAPI(throttle=[AnonRateThrottle("10/s")])}); a request must pass all of them. Replaces
         * an earlier call. Takes effect with {@code ThrottleFeature}.
         *
         * @throws IllegalArgumentException when no throttle is given (use {@link #noThrottle()} to opt out)
         */
        public Builder throttle(Throttle... values) {
            List<Throttle> given = nonNull("throttle", values);
            if (given.isEmpty()) {
                throw new IllegalArgumentException(
                        "throttle() needs at least one throttle; use noThrottle() to opt out");
            }
            this.throttle = given;
            return this;
        }

        /**
         * Exempts this API's operations from the application's default throttles (Ninja's {@code throttle=[]} on
         * the API); a controller's or an operation's {@code @Throttled} still applies.
         */
        public Builder noThrottle() {
            this.throttle = List.of();
            return this;
        }

        /** Switches the OpenAPI document (and therefore Swagger UI) off. */
        public Builder noOpenApi() {
            this.openApiPath = null;
            this.docsPath = null;
            return this;
        }

        /** Switches Swagger UI off but keeps the OpenAPI document. */
        public Builder noDocs() {
            this.docsPath = null;
            return this;
        }

        /** Returns the definition. */
        public KunaiApi build() {
            return new KunaiApi(this);
        }

        /** {@code values} as a list, rejecting a null array or element with a message naming {@code argument}. */
        @SafeVarargs
        private static <T> List<T> nonNull(String argument, T... values) {
            Objects.requireNonNull(values, argument);
            for (T value : values) {
                Objects.requireNonNull(value, () -> argument + " contains null");
            }
            return List.of(values);
        }
    }
}
