package dev.kunai.compression;

import dev.kunai.feature.Middleware;
import dev.kunai.http.HttpHeader;
import dev.kunai.http.HttpRequest;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip for JSON responses (RFC 9110 §8.4 content coding, §12.5.3 {@code Accept-Encoding}): a JSON byte body of
 * at least {@link #minBytes()} bytes is compressed when the client accepts {@code gzip} (or {@code *}) with a
 * non-zero quality; such responses carry {@code Vary: Accept-Encoding} either way. Streamed bodies, bodies that
 * already have a {@code Content-Encoding}, and small bodies are sent as they are.
 */
public final class Compression implements Middleware {

    /** The default threshold: below about one packet, gzip's header costs more than it saves. */
    public static final int DEFAULT_MIN_BYTES = 1024;

    private final int minBytes;

    private Compression(int minBytes) {
        if (minBytes < 0) {
            throw new IllegalArgumentException("minBytes must not be negative: " + minBytes);
        }
        this.minBytes = minBytes;
    }

    /** Gzip for JSON bodies of at least {@value #DEFAULT_MIN_BYTES} bytes. */
    public static Compression gzip() {
        return new Compression(DEFAULT_MIN_BYTES);
    }

    /** Gzip for JSON bodies of at least {@code minBytes} bytes. */
    public static Compression gzip(int minBytes) {
        return new Compression(minBytes);
    }

    /** The smallest body, in bytes, that is compressed. */
    public int minBytes() {
        return minBytes;
    }

    @Override
    public HttpResponse handle(HttpRequest request, RequestHandler next) {
        HttpResponse response = next.handle(request);
        if (!isJson(response)
                || response.stream().isPresent()
                || response.header("Content-Encoding").isPresent()) {
            return response;
        }
        HttpResponse varied = response.withHeader("Vary", "Accept-Encoding");
        if (response.body().length < minBytes || !acceptsGzip(request.headers("Accept-Encoding"))) {
            return varied;
        }
        List<HttpHeader> headers = new ArrayList<>(varied.headers());
        headers.add(new HttpHeader("Content-Encoding", "gzip"));
        return HttpResponse.of(response.status(), List.copyOf(headers), gzip(response.body()));
    }

    private static boolean isJson(HttpResponse response) {
        return response.header("Content-Type")
                .map(type -> type.toLowerCase(Locale.ROOT))
                .filter(type -> type.startsWith("application/json") || type.contains("+json"))
                .isPresent();
    }

    /** Whether {@code gzip} or {@code *} is listed with a quality above zero (an explicit gzip entry wins). */
    static boolean acceptsGzip(List<String> headerValues) {
        Boolean star = null;
        for (String value : headerValues) {
            for (String entry : value.split(",")) {
                String[] parts = entry.strip().split(";");
                String coding = parts[0].strip().toLowerCase(Locale.ROOT);
                boolean positive = quality(parts) > 0;
                if (coding.equals("gzip") || coding.equals("x-gzip")) {
                    return positive;
                }
                if (coding.equals("*")) {
                    star = positive;
                }
            }
        }
        return star != null && star;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(p.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0; // an unreadable weight does not opt in
                }
            }
        }
        return 1;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return out.toByteArray();
    }
}
