package dev.kunai.pipeline;

import dev.kunai.http.HttpError;
import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpRequest;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestContext;
import dev.kunai.http.UploadedFile;
import dev.kunai.inject.RequestValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one request while it flows through the pipeline: the raw request, the matched path
 * variables, and lazily parsed query, cookies, body and form. It is also the handler's
 * {@link RequestContext}. One instance per request; never shared between threads.
 */
final class Exchange implements RequestContext {

    static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Exchange.class);

    private static final byte[] NO_BYTES = new byte[0];

    private final HttpRequest request;
    private final Limits limits;
    private final String[] pathNames;
    private final String[] pathValues;
    private Map<String, List<String>> query;
    private Map<String, String> cookies;
    private byte[] body;
    private FormData form;
    private List<HttpHeader> responseHeaders;
    private Map<Class<?>, Object> attributes;
    private List<Opened<?>> opened;

    Exchange(HttpRequest request, Limits limits, String[] pathNames, String[] pathValues) {
        this.request = request;
        this.limits = limits;
        this.pathNames = pathNames;
        this.pathValues = pathValues;
    }

    @Override
    public HttpRequest request() {
        return request;
    }

    @Override
    public Map<String, String> pathParams() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pathNames.length; i++) {
            out.put(pathNames[i], pathValues[i]);
        }
        return out;
    }

    /**
     * The decoded value of the path variable {@code name} of the full template (API prefix, controller prefix
     * and operation path); the names are unique, checked at start-up.
     */
    String pathValue(String name) {
        for (int i = 0; i < pathNames.length; i++) {
            if (pathNames[i].equals(name)) {
                return pathValues[i];
            }
        }
        throw new IllegalStateException("No path variable {" + name + "} in the matched template");
    }

    /** All values of a query parameter (decoded); empty when absent. */
    List<String> queryValues(String name) {
        if (query == null) {
            query = UrlCodec.parsePairs(request.query(), limits.maxQueryParams(), "query");
        }
        List<String> values = query.get(name);
        return values == null ? List.of() : values;
    }

    @Override
    public Optional<String> cookie(String name) {
        if (cookies == null) {
            cookies = parseCookies(request.headers("Cookie"));
        }
        return Optional.ofNullable(cookies.get(name));
    }

    /** The body bytes, read once, enforcing the body limit (413). */
    byte[] body() {
        if (body == null) {
            body = readBody(limits.maxBodyBytes());
        }
        return body;
    }

    /**
     * The JSON body (empty when there is none), after the {@link MediaTypes} check: a wrong
     * {@code Content-Type}, or a non-empty body without one, is 415 before anything is parsed.
     */
    byte[] jsonBody() {
        boolean typed = MediaTypes.requireJson(request.header("Content-Type"));
        byte[] bytes = body();
        if (!typed && bytes.length > 0) {
            throw MediaTypes.unsupported(MediaTypes.JSON_EXPECTED);
        }
        return bytes;
    }

    /**
     * The parsed form (urlencoded or multipart), enforcing the form limits. Any other {@code Content-Type},
     * or a non-empty body without one, is 415 (see {@link MediaTypes}); no body and no type is an empty form.
     */
    FormData form() {
        if (form == null) {
            Optional<String> contentType = request.header("Content-Type");
            String essence = contentType.map(MediaTypes::essence).orElse("");
            if (MediaTypes.isMultipart(essence)) {
                form = Multipart.parse(request.body(), contentType.get(), request.contentLength(), limits);
            } else if (MediaTypes.isUrlencoded(essence) || contentType.isEmpty()) {
                byte[] bytes = body();
                if (contentType.isEmpty() && bytes.length > 0) {
                    throw MediaTypes.unsupported(MediaTypes.FORM_EXPECTED);
                }
                String text = new String(bytes, StandardCharsets.UTF_8);
                form = new FormData(UrlCodec.parsePairs(text, limits.maxFormFields(), "form"), Map.of());
            } else {
                throw MediaTypes.unsupported(MediaTypes.FORM_EXPECTED);
            }
        }
        return form;
    }

    private byte[] readBody(long limit) {
        long declared = request.contentLength();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        if (declared == 0) {
            return NO_BYTES;
        }
        // A declared length is what the server delivers (it frames the body by it): read exactly that, so the
        // buffer is the body's size. InputStream.readNBytes allocates min(n, 16 KB) up front, and with n the limit
        // a 60-byte create paid a zeroed 16 KB array. Unknown lengths (chunked) read up to one byte past the limit.
        int expected = (int) Math.min(declared > 0 ? declared : limit + 1, Integer.MAX_VALUE - 8);
        try (InputStream in = request.body()) {
            byte[] bytes = in.readNBytes(expected);
            if (bytes.length > limit) {
                throw tooLarge(limit);
            }
            return bytes;
        } catch (IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.util.concurrent.TimeoutException) {
                    throw new HttpError(408, "Request Timeout");
                }
            }
            throw new HttpError(400, "Could not read the request body");
        }
    }

    static HttpError tooLarge(long limit) {
        return new HttpError(413, "Request body too large (limit " + limit + " bytes)");
    }

    private static Map<String, String> parseCookies(List<String> headers) {
        Map<String, String> out = new HashMap<>();
        for (String header : headers) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    String name = part.substring(0, eq).strip();
                    String value = part.substring(eq + 1).strip();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    out.putIfAbsent(name, value);
                }
            }
        }
        return out;
    }

    @Override
    public RequestContext addHeader(String name, String value) {
        if (responseHeaders == null) {
            responseHeaders = new ArrayList<>(2);
        }
        responseHeaders.add(new HttpHeader(name, value));
        return this;
    }

    @Override
    public RequestContext setCookie(String name, String value) {
        return setCookie(name, value, "Path=/; HttpOnly; SameSite=Lax");
    }

    @Override
    public RequestContext setCookie(String name, String value, String attributes) {
        return addHeader("Set-Cookie", name + "=" + value + (attributes.isEmpty() ? "" : "; " + attributes));
    }

    @Override
    public <T> RequestContext attribute(Class<T> key, T value) {
        if (attributes == null) {
            attributes = new HashMap<>();
        }
        attributes.put(key, value);
        return this;
    }

    @Override
    public <T> Optional<T> attribute(Class<T> key) {
        return attributes == null ? Optional.empty() : Optional.ofNullable(key.cast(attributes.get(key)));
    }

    /** Opens a request-scoped value; it is closed by {@link #closeScoped(boolean)} when the request ends. */
    <T> T open(RequestValue<T> provider) {
        T value = provider.open(this);
        if (opened == null) {
            opened = new ArrayList<>(1);
        }
        opened.add(new Opened<>(provider, value));
        return value;
    }

    /**
     * Ends the request's resources: deletes the temporary files of uploads (unless moved), then closes the
     * request-scoped values in reverse order; rethrows the first closing failure after closing all.
     */
    void closeScoped(boolean failed) {
        if (form != null) {
            form.deleteTemporaryFiles();
        }
        if (opened == null) {
            return;
        }
        RuntimeException first = null;
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close(failed || first != null);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        opened = null;
        if (first != null) {
            throw first;
        }
    }

    private record Opened<T>(RequestValue<T> provider, T value) {
        void close(boolean failed) {
            provider.close(value, failed);
        }
    }

    /** Headers the handler added (empty list when none). */
    List<HttpHeader> responseHeaders() {
        return responseHeaders == null ? List.of() : responseHeaders;
    }

    /** {@code response} with the headers and cookies added through this context appended (itself when none). */
    HttpResponse withResponseHeaders(HttpResponse response) {
        if (responseHeaders == null || responseHeaders.isEmpty()) {
            return response;
        }
        List<HttpHeader> all = new ArrayList<>(response.headers().size() + responseHeaders.size());
        all.addAll(response.headers());
        all.addAll(responseHeaders);
        return response.stream().isPresent()
                ? HttpResponse.streaming(
                        response.status(), List.copyOf(all), response.stream().get())
                : HttpResponse.of(response.status(), List.copyOf(all), response.body());
    }

    /**
     * Parsed form fields and files.
     *
     * @param fields text fields by name (repeatable)
     * @param files  uploaded files by field name (repeatable)
     */
    record FormData(Map<String, List<String>> fields, Map<String, List<UploadedFile>> files) {
        void deleteTemporaryFiles() {
            for (List<UploadedFile> list : files.values()) {
                for (UploadedFile file : list) {
                    file.temporaryFile().ifPresent(FormData::delete);
                }
            }
        }

        private static void delete(java.nio.file.Path path) {
            try {
                java.nio.file.Files.deleteIfExists(path);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not delete the temporary upload file {}", path, e);
            }
        }

        List<String> values(String name) {
            List<String> v = fields.get(name);
            return v == null ? List.of() : v;
        }

        List<UploadedFile> filesOf(String name) {
            List<UploadedFile> v = files.get(name);
            return v == null ? List.of() : v;
        }
    }
}
