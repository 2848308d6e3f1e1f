package dev.kunai.docs;

import dev.kunai.KunaiApi;
import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Swagger UI for one API, served from the Swagger UI webjar (no CDN): the page at {@code {prefix}{docsPath}}, Kunai's
 * initializer pointing at the document, and the UI's assets under {@code {docsPath}/swagger-ui-5.34.1/}. Every
 * response is built once, here; {@link #respond(String)} only looks one up.
 *
 * <p>Assets live under a versioned path and are cached for a year ({@code immutable}); the page and the initializer
 * are revalidated ({@code no-cache}) with an {@code ETag}.
 */
public final class SwaggerUi {

    /** The Swagger UI version of the bundled webjar. */
    public static final String VERSION = "5.34.1";

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/" + VERSION + "/";
    private static final List<String> ASSETS = List.of(
            "swagger-ui.css",
            "index.css",
            "swagger-ui-bundle.js",
            "swagger-ui-standalone-preset.js",
            "favicon-32x32.png",
            "favicon-16x16.png",
            "oauth2-redirect.html",
            "oauth2-redirect.js");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "no-cache";

    private final String docsPath;
    private final Map<String, HttpResponse> responses;
    private final Map<String, String> etags;

    private SwaggerUi(String docsPath, Map<String, HttpResponse> responses, Map<String, String> etags) {
        this.docsPath = docsPath;
        this.responses = Map.copyOf(responses);
        this.etags = Map.copyOf(etags);
    }

    /** Swagger UI for {@code api} at its docs path, or empty when its docs or its OpenAPI document are switched off. */
    public static Optional<SwaggerUi> forApi(KunaiApi api) {
        if (api.docsPath().isEmpty() || api.openApiPath().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(of(
                api.prefix(),
                api.docsPath().get(),
                api.prefix() + path(api.openApiPath().get()),
                api.title()));
    }

    /**
     * Swagger UI served at {@code docsPath} (relative to {@code prefix}, e.g. {@code /docs}) showing the document at
     * {@code openApiUrl} (absolute path or URL, e.g. {@code /api/openapi.json}); {@code title} names the page.
     */
    public static SwaggerUi of(String prefix, String docsPath, String openApiUrl, String title) {
        String docs = path(docsPath);
        String base = prefix + docs + "/swagger-ui-" + VERSION + "/";
        Map<String, HttpResponse> responses = new HashMap<>();
        Map<String, String> etags = new HashMap<>();
        for (String asset : ASSETS) {
            responses.put(
                    docs + "/swagger-ui-" + VERSION + "/" + asset,
                    response(contentType(asset), IMMUTABLE, null, read(WEBJAR + asset)));
        }
        byte[] initializer =
                Pages.initializer(openApiUrl, base + "oauth2-redirect.html").getBytes(StandardCharsets.UTF_8);
        String initializerPath = docs + "/kunai-initializer.js";
        String initializerEtag = etag(initializer);
        responses.put(
                initializerPath, response(contentType(initializerPath), REVALIDATE, initializerEtag, initializer));
        etags.put(initializerPath, initializerEtag);
        byte[] page = Pages.index(
                        new String(read(WEBJAR + "index.html"), StandardCharsets.UTF_8),
                        title,
                        base,
                        prefix + initializerPath)
                .getBytes(StandardCharsets.UTF_8);
        String pageEtag = etag(page);
        HttpResponse pageResponse = response("text/html; charset=utf-8", REVALIDATE, pageEtag, page);
        responses.put(docs, pageResponse);
        responses.put(docs + "/", pageResponse);
        etags.put(docs, pageEtag);
        etags.put(docs + "/", pageEtag);
        return new SwaggerUi(docs, responses, etags);
    }

    /** The docs path relative to the prefix, e.g. {@code /docs}. */
    public String docsPath() {
        return docsPath;
    }

    /**
     * The response for a GET to {@code pathAfterPrefix} ({@code /docs}, {@code /docs/swagger-ui-5.34.1/swagger-ui.css},
     * ...), or empty when the path is not Swagger UI's.
     */
    public Optional<HttpResponse> respond(String pathAfterPrefix) {
        return Optional.ofNullable(responses.get(pathAfterPrefix));
    }

    /** Like {@link #respond(String)}, answering {@code 304 Not Modified} when {@code ifNoneMatch} holds the current ETag. */
    public Optional<HttpResponse> respond(String pathAfterPrefix, Optional<String> ifNoneMatch) {
        HttpResponse response = responses.get(pathAfterPrefix);
        if (response == null) {
            return Optional.empty();
        }
        String etag = etags.get(pathAfterPrefix);
        if (etag != null && ifNoneMatch.isPresent() && matches(ifNoneMatch.get(), etag)) {
            return Optional.of(HttpResponse.of(
                    304,
                    List.of(new HttpHeader("ETag", etag), new HttpHeader("Cache-Control", REVALIDATE)),
                    new byte[0]));
        }
        return Optional.of(response);
    }

    /** Every path this UI answers, relative to the prefix. */
    public java.util.Set<String> paths() {
        return responses.keySet();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static HttpResponse response(String contentType, String cacheControl, String etag, byte[] body) {
        List<HttpHeader> headers = etag == null
                ? List.of(
                        new HttpHeader("Content-Type", contentType),
                        new HttpHeader("Cache-Control", cacheControl),
                        new HttpHeader("X-Content-Type-Options", "nosniff"))
                : List.of(
                        new HttpHeader("Content-Type", contentType),
                        new HttpHeader("Cache-Control", cacheControl),
                        new HttpHeader("ETag", etag),
                        new HttpHeader("X-Content-Type-Options", "nosniff"));
        return HttpResponse.of(200, headers, body);
    }

    private static String contentType(String file) {
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (file.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (file.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (file.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }

    private static byte[] read(String resource) {
        try (InputStream in = SwaggerUi.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Swagger UI: " + resource + " is not on the class path "
                        + "(is org.webjars:swagger-ui:" + VERSION + " a dependency?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Swagger UI: cannot read " + resource, e);
        }
    }

    private static String etag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(String raw) {
        String p = raw.strip();
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        return p.startsWith("/") ? p : "/" + p;
    }
}
