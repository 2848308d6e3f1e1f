package dev.kunai.throttling;

import dev.kunai.KunaiConfigurationException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An application's throttling configuration: the store, how client addresses are found, the default
 * throttles of operations that declare none, rates by scope, what happens when the store is unreachable and
 * whether {@code RateLimit-*} headers are sent. {@link #forOperation} resolves an operation's throttles
 * once, at start-up.
 */
public final class Throttling {

    /** What to do with a request when the store cannot answer. */
    public enum OnStoreFailure {
        /** Let the request through unthrottled (availability first). */
        ALLOW,
        /** Answer {@code 503 {"detail": "Service Unavailable"}} (protection first). */
        REJECT
    }

    // The store the builder was given, else the in-memory one, made when the first throttled operation is
    // compiled (start-up, before any request): an application with no throttles never loads Caffeine or Bucket4j.
    private ThrottleStore store;
    private final ClientAddress clients;
    private final List<Throttle> defaults;
    private final Map<String, Rate> rates;
    private final Function<String, Optional<Rate>> rateSource;
    private final OnStoreFailure onStoreFailure;
    private final boolean rateLimitHeaders;
    private final StoreHealth health;

    private Throttling(Builder b) {
        this.store = b.store;
        this.clients = b.clients;
        this.defaults = List.copyOf(b.defaults);
        this.rates = Map.copyOf(b.rates);
        this.rateSource = b.rateSource;
        this.onStoreFailure = b.onStoreFailure;
        this.rateLimitHeaders = b.rateLimitHeaders;
        String storeName = store == null
                ? InMemoryThrottleStore.class.getSimpleName()
                : store.getClass().getSimpleName();
        this.health = new StoreHealth(storeName, onStoreFailure);
    }

    /** Starts a builder: in-memory store, no trusted proxies, no defaults, fail open, no RateLimit headers. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the {@code throttle.*} settings through {@code settings} (e.g. {@code Settings::get}): what
     * {@link #fromSettings(Function, List)} reads, with the rate of every scope looked up when an operation names
     * it. A {@code KunaiApp} with no {@link ThrottleFeature} of its own installs one built this way.
     */
    public static Builder fromSettings(Function<String, Optional<String>> settings) {
        return ThrottleSettings.read(settings, List.of());
    }

    /**
     * Reads the {@code throttle.*} settings through {@code settings} (e.g. {@code Settings::get}):
     * {@code throttle.rates.<scope>} for {@code anon}, {@code user} and every scope in {@code scopes} (read at
     * once, so a malformed rate fails here; any other scope's rate is looked up when an operation names it),
     * {@code throttle.defaults} (comma-separated scopes applied where nothing is declared, e.g.
     * {@code anon,user}), {@code throttle.trusted-proxies}, {@code throttle.proxy-header}
     * ({@code x-forwarded-for} or {@code forwarded}), {@code throttle.on-store-failure} ({@code allow} or
     * {@code reject}), {@code throttle.rate-limit-headers} and {@code throttle.max-buckets}. The store, if
     * not the in-memory one, is set on the returned builder. {@link IllegalArgumentException} names a bad key.
     */
    public static Builder fromSettings(Function<String, Optional<String>> settings, List<String> scopes) {
        return ThrottleSettings.read(settings, scopes);
    }

    /** The store the buckets live in (the in-memory one unless the builder was given another). */
    public ThrottleStore store() {
        if (store == null) {
            store = InMemoryThrottleStore.create();
        }
        return store;
    }

    /** How client addresses are found. */
    public ClientAddress clients() {
        return clients;
    }

    /** Whether {@code RateLimit-Limit/-Remaining/-Reset} are sent on throttled operations. */
    public boolean rateLimitHeaders() {
        return rateLimitHeaders;
    }

    /** What happens when the store is unreachable. */
    public OnStoreFailure onStoreFailure() {
        return onStoreFailure;
    }

    StoreHealth health() {
        return health;
    }

    /**
     * The throttles of the operation {@code handler} of {@code controller} on an API without throttles of its
     * own: the operation's and its controller's {@link Throttled} annotations, else this configuration's defaults.
     */
    public OperationThrottles forOperation(Class<?> controller, Method handler) {
        return forOperation(controller, handler, Optional.empty());
    }

    /**
     * The throttles of the operation {@code handler} of {@code controller}, most specific level first: the
     * method's {@link Throttled} annotations, else the controller's, else the API's ({@code apiLevel}, from
     * {@link dev.kunai.KunaiApi#throttle()}), else this configuration's defaults; none where the most specific
     * level that says anything says {@link NoThrottle} (or, for the API, an empty list).
     *
     * @throws KunaiConfigurationException (at start-up) naming the operation when a rate is malformed or a scope
     *     has no rate
     */
    OperationThrottles forOperation(Class<?> controller, Method handler, Optional<List<Throttle>> apiLevel) {
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(apiLevel, "apiLevel");
        String where = controller.getSimpleName() + "." + handler.getName();
        List<Throttle> throttles = declared(handler, where)
                .or(() -> declared(controller, where))
                .or(() -> apiLevel)
                .orElse(defaults);
        if (!throttles.isEmpty()) {
            store();
        }
        return new OperationThrottles(this, throttles);
    }

    private Optional<List<Throttle>> declared(AnnotatedElement element, String where) {
        Throttled[] declared = element.getAnnotationsByType(Throttled.class);
        if (declared.length > 0) {
            List<Throttle> out = new ArrayList<>();
            for (Throttled t : declared) {
                out.add(throttle(t.scope(), t.rate(), where));
            }
            return Optional.of(out);
        }
        return element.isAnnotationPresent(NoThrottle.class) ? Optional.of(List.of()) : Optional.empty();
    }

    private Throttle throttle(String scope, String rate, String where) {
        Rate resolved;
        try {
            resolved = rate.isBlank()
                    ? Optional.ofNullable(rates.get(scope))
                            .or(() -> rateSource.apply(scope))
                            .orElse(null)
                    : Rate.parse(rate);
        } catch (IllegalArgumentException e) {
            throw new KunaiConfigurationException(where + ": " + e.getMessage(), e);
        }
        if (resolved == null) {
            throw new KunaiConfigurationException(where + ": throttle scope '" + scope
                    + "' has no rate; give one (@Throttled(rate = \"100/m\")) or set throttle.rates." + scope);
        }
        return named(scope, resolved);
    }

    /**
     * The throttle a scope name means: {@code "anon"} is {@link AnonRateThrottle}, {@code "user"}
     * {@link UserRateThrottle}, any other name a {@link ScopedRateThrottle}.
     */
    public static Throttle named(String scope, Rate rate) {
        return switch (scope) {
            case AnonRateThrottle.SCOPE -> new AnonRateThrottle(rate);
            case UserRateThrottle.SCOPE -> new UserRateThrottle(rate);
            default -> new ScopedRateThrottle(scope, rate);
        };
    }

    /** Builds a {@link Throttling}. */
    public static final class Builder {
        private ThrottleStore store;
        private ClientAddress clients = ClientAddress.direct();
        private final List<Throttle> defaults = new ArrayList<>();
        private final Map<String, Rate> rates = new HashMap<>();
        private Function<String, Optional<Rate>> rateSource = scope -> Optional.empty();
        private OnStoreFailure onStoreFailure = OnStoreFailure.ALLOW;
        private boolean rateLimitHeaders;

        private Builder() {}

        /** Where buckets live (default: a new {@link InMemoryThrottleStore}). */
        public Builder store(ThrottleStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** How client addresses are found (default: {@link ClientAddress#direct()}). */
        public Builder clients(ClientAddress value) {
            this.clients = Objects.requireNonNull(value, "clients");
            return this;
        }

        /**
         * Adds throttles applied to every operation that declares none, on an API that sets none
         * ({@link dev.kunai.KunaiApi.Builder#throttle}): the application's default.
         */
        public Builder defaults(Throttle... values) {
            for (Throttle t : values) {
                defaults.add(Objects.requireNonNull(t, "throttle"));
            }
            return this;
        }

        /** The rate of {@code scope} for {@link Throttled} annotations that give none. */
        public Builder rate(String scope, Rate rate) {
            rates.put(Objects.requireNonNull(scope, "scope"), Objects.requireNonNull(rate, "rate"));
            return this;
        }

        // The rates of scopes not given with rate(...), looked up when an operation names them (the settings).
        Builder rateSource(Function<String, Optional<Rate>> value) {
            this.rateSource = Objects.requireNonNull(value, "rateSource");
            return this;
        }

        /** What to do when the store is unreachable (default {@link OnStoreFailure#ALLOW}). */
        public Builder onStoreFailure(OnStoreFailure value) {
            this.onStoreFailure = Objects.requireNonNull(value, "onStoreFailure");
            return this;
        }

        /** Sends {@code RateLimit-Limit/-Remaining/-Reset} (IETF draft) on throttled operations. */
        public Builder rateLimitHeaders(boolean value) {
            this.rateLimitHeaders = value;
            return this;
        }

        /** The configuration. */
        public Throttling build() {
            return new Throttling(this);
        }
    }
}
