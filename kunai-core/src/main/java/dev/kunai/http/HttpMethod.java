package dev.kunai.http;

import java.util.Optional;

/** The HTTP methods Kunai routes; {@code HEAD} is served by {@code GET} operations. */
public enum HttpMethod {
    GET,
    POST,
    PUT,
    PATCH,
    DELETE,
    HEAD,
    OPTIONS;

    private static final HttpMethod[] VALUES = values();

    /** Parses a request method token (case-sensitive, as HTTP requires); empty when Kunai does not route it. */
    public static Optional<HttpMethod> parse(String token) {
        for (HttpMethod method : VALUES) {
            if (method.name().equals(token)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
