package dev.kunai.throttling;

import dev.kunai.http.ForwardingHttpRequest;
import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpRequest;
import dev.kunai.http.RequestContext;
import dev.kunai.security.Principal;
import dev.kunai.testing.TestRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fixtures: a request from a given peer address, and the request context the throttle stage sees. */
final class Requests {

    private Requests() {}

    /** A GET from {@code peer} ({@code host:port}) with the given header pairs. */
    static HttpRequest from(String peer, String... headers) {
        TestRequest request = TestRequest.of("GET", "/");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return new ForwardingHttpRequest(request) {
            @Override
            public String remoteAddress() {
                return peer;
            }
        };
    }

    /** A context for a request from {@code peer}; authenticated as {@code principal} unless it is null. */
    static Context context(String peer, Object principal) {
        Context context = new Context(from(peer));
        if (principal != null) {
            context.attribute(Principal.class, new Principal(principal));
        }
        return context;
    }

    /** A minimal request context that records the headers added to the response. */
    static final class Context implements RequestContext {
        private final HttpRequest request;
        private final Map<Class<?>, Object> attributes = new HashMap<>();
        final List<HttpHeader> added = new ArrayList<>();

        Context(HttpRequest request) {
            this.request = request;
        }

        @Override
        public HttpRequest request() {
            return request;
        }

        @Override
        public Map<String, String> pathParams() {
            return Map.of();
        }

        @Override
        public Optional<String> cookie(String name) {
            return Optional.empty();
        }

        @Override
        public RequestContext addHeader(String name, String value) {
            added.add(new HttpHeader(name, value));
            return this;
        }

        @Override
        public RequestContext setCookie(String name, String value) {
            return this;
        }

        @Override
        public RequestContext setCookie(String name, String value, String attributes) {
            return this;
        }

        @Override
        public <T> RequestContext attribute(Class<T> key, T value) {
            attributes.put(key, value);
            return this;
        }

        @Override
        public <T> Optional<T> attribute(Class<T> key) {
            return Optional.ofNullable(key.cast(attributes.get(key)));
        }

        Optional<String> added(String name) {
            return added.stream()
                    .filter(h -> h.name().equals(name))
                    .map(HttpHeader::value)
                    .findFirst();
        }
    }
}
