package dev.kunai.security;

import dev.kunai.http.RequestContext;
import dev.kunai.stage.StageContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Authentication for an API's operations and, optionally, its docs (Django Ninja's {@code auth=}):
 * find the credentials in the request and return the principal, or empty to answer
 * {@code 401 {"detail": "Unauthorized"}}. The principal is available to handlers as
 * {@code context.attribute(Principal.class)}. Each scheme is also documented in the OpenAPI document.
 */
public interface Auth {

    /** The principal the request's credentials identify, or empty when they are missing or invalid. */
    Optional<Object> authenticate(RequestContext context);

    /** The name of the scheme in the OpenAPI document's {@code securitySchemes}. */
    String schemeName();

    /** The OpenAPI Security Scheme Object, e.g. {@code {"type": "http", "scheme": "bearer"}}. */
    Map<String, Object> scheme();

    /** The {@code WWW-Authenticate} challenge sent with a 401, if the scheme has one. */
    default Optional<String> challenge() {
        return Optional.empty();
    }

    /**
     * The authenticator that does this declaration's work in an application being assembled, created once per
     * operation at start-up (never per request). Most authenticators are ready when declared and return themselves
     * (the default). A declaration whose parts live in the application's DI container (a database, a session store:
     * e.g. {@code JwtAuth.fromContainer()}) takes them from {@code context} here, so an API can be defined before
     * the application opens its database; its scheme name and OpenAPI scheme are known from the declaration alone.
     *
     * @throws IllegalStateException when the container cannot provide the parts (a start-up error)
     */
    default Auth resolve(StageContext context) {
        return this;
    }

    /** An API key in a header: {@code check} maps a key to its principal. */
    static Auth apiKeyHeader(String header, Function<String, Optional<Object>> check) {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("type", "apiKey");
        scheme.put("in", "header");
        scheme.put("name", header);
        return of(
                "ApiKeyAuth",
                scheme,
                Optional.empty(),
                context -> context.request().header(header).flatMap(check));
    }

    /** A bearer token ({@code Authorization: Bearer <token>}): {@code check} maps a token to its principal. */
    static Auth bearer(Function<String, Optional<Object>> check) {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("type", "http");
        scheme.put("scheme", "bearer");
        return of(
                "BearerAuth",
                scheme,
                Optional.of("Bearer"),
                context -> credentials(context, "Bearer ").flatMap(check));
    }

    /** HTTP Basic ({@code Authorization: Basic base64(user:password)}): {@code check} maps user and password to a principal. */
    static Auth basic(BiFunction<String, String, Optional<Object>> check) {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("type", "http");
        scheme.put("scheme", "basic");
        return of(
                "BasicAuth",
                scheme,
                Optional.of("Basic realm=\"api\""),
                context -> credentials(context, "Basic ").flatMap(encoded -> {
                    String decoded;
                    try {
                        decoded = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                    int colon = decoded.indexOf(':');
                    return colon < 0
                            ? Optional.empty()
                            : check.apply(decoded.substring(0, colon), decoded.substring(colon + 1));
                }));
    }

    private static Optional<String> credentials(RequestContext context, String prefix) {
        return context.request()
                .header("Authorization")
                .filter(value -> value.regionMatches(true, 0, prefix, 0, prefix.length()))
                .map(value -> value.substring(prefix.length()).strip())
                .filter(value -> !value.isEmpty());
    }

    private static Auth of(
            String name,
            Map<String, Object> scheme,
            Optional<String> challenge,
            Function<RequestContext, Optional<Object>> authenticate) {
        Map<String, Object> frozen = Map.copyOf(scheme);
        return new Auth() {
            @Override
            public Optional<Object> authenticate(RequestContext context) {
                return authenticate.apply(context);
            }

            @Override
            public String schemeName() {
                return name;
            }

            @Override
            public Map<String, Object> scheme() {
                return frozen;
            }

            @Override
            public Optional<String> challenge() {
                return challenge;
            }
        };
    }
}
