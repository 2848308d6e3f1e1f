package dev.kunai.permissions;

import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpRequest;
import dev.kunai.http.RequestContext;
import dev.kunai.security.Principal;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Request contexts as inputs for permission checks: a method and, optionally, a principal. */
final class Contexts {

    private Contexts() {}

    static RequestContext anonymous(String method) {
        return new Simple(method);
    }

    static RequestContext authenticated(String method, Object principal) {
        RequestContext context = new Simple(method);
        context.attribute(Principal.class, new Principal(principal));
        return context;
    }

    private static final class Simple implements RequestContext {
        private final String method;
        private final Map<Class<?>, Object> attributes = new HashMap<>();

        Simple(String method) {
            this.method = method;
        }

        @Override
        public HttpRequest request() {
            return new HttpRequest() {
                @Override
                public String method() {
                    return method;
                }

                @Override
                public String path() {
                    return "/";
                }

                @Override
                public String query() {
                    return "";
                }

                @Override
                public Optional<String> header(String name) {
                    return Optional.empty();
                }

                @Override
                public List<String> headers(String name) {
                    return List.of();
                }

                @Override
                public List<HttpHeader> allHeaders() {
                    return List.of();
                }

                @Override
                public long contentLength() {
                    return 0;
                }

                @Override
                public InputStream body() {
                    return InputStream.nullInputStream();
                }

                @Override
                public String remoteAddress() {
                    return "in-process";
                }
            };
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
    }
}
