package dev.kunai.cors;

import dev.kunai.feature.Middleware;
import dev.kunai.http.HttpRequest;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-Origin Resource Sharing as middleware (the Fetch standard's CORS protocol; Javalin's
 * {@code CorsPlugin}, Helidon's {@code CorsFeature}). For an allowed {@code Origin} it adds
 * {@code Access-Control-Allow-Origin} (and credentials / exposed headers) to every response, and answers a
 * preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) itself with 204, the methods the router
 * knows for the path (its {@code Allow} set, intersected with {@link Builder#allowMethods}), the allowed request
 * headers and {@code Access-Control-Max-Age}. A disallowed origin gets no CORS header at all (the browser then
 * blocks the response); {@code Vary: Origin} is always sent when the answer depends on the origin.
 *
 * <pre>{@code
 * Kunai.app().middleware(Cors.builder().allowOrigins("https://app.example.com").allowCredentials(true).build());
 * }</pre>
 */
public final class Cors implements Middleware {

    private final Set<String> origins;
    private final boolean anyOrigin;
    private final Set<String> methods;
    private final List<String> headers;
    private final String exposeHeaders;
    private final boolean credentials;
    private final Optional<String> maxAge;

    private Cors(Builder b) {
        this.origins = Set.copyOf(b.origins);
        this.anyOrigin = b.origins.contains("*");
        this.methods = Set.copyOf(b.methods);
        this.headers = List.copyOf(b.headers);
        this.exposeHeaders = String.join(", ", b.exposeHeaders);
        this.credentials = b.credentials;
        this.maxAge = b.maxAge.map(d -> Long.toString(d.toSeconds()));
        if (anyOrigin && credentials) {
            throw new IllegalArgumentException(
                    "CORS: credentials cannot be allowed for any origin (\"*\"); list the origins");
        }
    }

    /** Starts a configuration that allows no origin until {@link Builder#allowOrigins} is called. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public HttpResponse handle(HttpRequest request, RequestHandler next) {
        Optional<String> origin = request.header("Origin");
        if (origin.isEmpty()) {
            return next.handle(request);
        }
        boolean allowed = anyOrigin || origins.contains(origin.get());
        boolean preflight = request.method().equals("OPTIONS")
                && request.header("Access-Control-Request-Method").isPresent();
        if (preflight) {
            return preflight(request, next, origin.get(), allowed);
        }
        HttpResponse response = next.handle(request);
        if (!allowed) {
            return vary(response);
        }
        response = allowOrigin(response, origin.get());
        return exposeHeaders.isEmpty() ? response : response.withHeader("Access-Control-Expose-Headers", exposeHeaders);
    }

    private HttpResponse preflight(HttpRequest request, RequestHandler next, String origin, boolean allowed) {
        HttpResponse routed = next.handle(request);
        Optional<String> allow = routed.header("Allow");
        if (!allowed || routed.status() != 405 || allow.isEmpty()) {
            // disallowed origin, unknown path (404) or an OPTIONS operation of the application's own
            return allowed && routed.status() < 300 ? allowOrigin(routed, origin) : vary(routed);
        }
        String requested = request.header("Access-Control-Request-Method").get().strip();
        List<String> permitted = new ArrayList<>();
        for (String method : allow.get().split(",")) {
            String m = method.strip();
            if (!m.isEmpty() && (methods.isEmpty() || methods.contains(m))) {
                permitted.add(m);
            }
        }
        if (!permitted.contains(requested)) {
            return vary(HttpResponse.empty(204)); // not permitted: a preflight answer without CORS headers
        }
        HttpResponse ok = allowOrigin(HttpResponse.empty(204), origin)
                .withHeader("Access-Control-Allow-Methods", String.join(", ", permitted));
        Optional<String> requestedHeaders = request.header("Access-Control-Request-Headers");
        if (requestedHeaders.isPresent()) {
            String allowedHeaders = allowedHeaders(requestedHeaders.get());
            if (!allowedHeaders.isEmpty()) {
                ok = ok.withHeader("Access-Control-Allow-Headers", allowedHeaders);
            }
        }
        if (maxAge.isPresent()) {
            ok = ok.withHeader("Access-Control-Max-Age", maxAge.get());
        }
        return ok;
    }

    /** The requested headers this configuration allows, as a header value (all of them when any is allowed). */
    private String allowedHeaders(String requested) {
        if (headers.contains("*")) {
            return requested.strip();
        }
        List<String> out = new ArrayList<>();
        for (String header : requested.split(",")) {
            String h = header.strip();
            if (headers.stream().anyMatch(a -> a.equalsIgnoreCase(h))) {
                out.add(h);
            }
        }
        return String.join(", ", out);
    }

    private HttpResponse allowOrigin(HttpResponse response, String origin) {
        HttpResponse out = response.withHeader("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
        if (!anyOrigin) {
            out = out.withHeader("Vary", "Origin");
        }
        return credentials ? out.withHeader("Access-Control-Allow-Credentials", "true") : out;
    }

    private HttpResponse vary(HttpResponse response) {
        return anyOrigin ? response : response.withHeader("Vary", "Origin");
    }

    /** Configures {@link Cors}; every method rejects {@code null}. */
    public static final class Builder {
        private final Set<String> origins = new LinkedHashSet<>();
        private final Set<String> methods = new LinkedHashSet<>();
        private final List<String> headers = new ArrayList<>();
        private final List<String> exposeHeaders = new ArrayList<>();
        private boolean credentials;
        private Optional<Duration> maxAge = Optional.empty();

        private Builder() {}

        /** Allows these origins exactly ({@code https://app.example.com}); {@code "*"} allows any origin. */
        public Builder allowOrigins(String... values) {
            origins.addAll(Arrays.asList(nonNull(values)));
            return this;
        }

        /** Limits preflights to these methods (default: every method the router knows for the path). */
        public Builder allowMethods(String... values) {
            for (String value : nonNull(values)) {
                methods.add(value.toUpperCase(Locale.ROOT));
            }
            return this;
        }

        /** Allows these request headers in preflights (case-insensitive); {@code "*"} allows what is asked. */
        public Builder allowHeaders(String... values) {
            headers.addAll(Arrays.asList(nonNull(values)));
            return this;
        }

        /** Lets the browser's script read these response headers ({@code Access-Control-Expose-Headers}). */
        public Builder exposeHeaders(String... values) {
            exposeHeaders.addAll(Arrays.asList(nonNull(values)));
            return this;
        }

        /** Allows cookies and HTTP authentication on cross-origin requests (not with {@code "*"}). */
        public Builder allowCredentials(boolean value) {
            this.credentials = value;
            return this;
        }

        /** How long a browser may cache a preflight answer ({@code Access-Control-Max-Age}, whole seconds). */
        public Builder maxAge(Duration value) {
            this.maxAge = Optional.of(Objects.requireNonNull(value, "maxAge"));
            return this;
        }

        /** The middleware. */
        public Cors build() {
            return new Cors(this);
        }

        private static String[] nonNull(String[] values) {
            for (String value : Objects.requireNonNull(values, "values")) {
                Objects.requireNonNull(value, "values contains null");
            }
            return values;
        }
    }
}
