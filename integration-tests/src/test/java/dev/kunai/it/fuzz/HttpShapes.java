package dev.kunai.it.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for the HTTP shapes of issue 11: percent-encoded literals, path variables in prefixes, ambiguous
 * paths, non-JSON media types and multipart bodies with empty parts.
 */
final class HttpShapes {

    private HttpShapes() {}

    /** Encodes each character of {@code text} at random: as is, or as {@code %XX} of its UTF-8 bytes (either case). */
    static Arbitrary<String> encoded(String text) {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).map(seed -> {
            StringBuilder out = new StringBuilder();
            int bits = seed;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean encode = c == '/' ? false : c > 0x7f || (bits & 1) == 1;
                bits = Integer.rotateRight(bits, 1);
                if (!encode) {
                    out.append(c);
                    continue;
                }
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    String hex = String.format("%%%02X", b & 0xff);
                    out.append((bits & 2) == 2 ? hex.toLowerCase(java.util.Locale.ROOT) : hex);
                }
            }
            return out.toString();
        });
    }

    /** A segment value: plain, with an encoded slash or percent, non-ASCII, or a dot segment. */
    static Arbitrary<String> segment() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6),
                Arbitraries.of(
                        "a%2Fb",
                        "%2F", "a%252F", "caf%C3%A9", "%E9", "%zz", "%", ".", "..", "%2e", "%2E%2e", "", "a;b"));
    }

    /** Paths under the {@code /t/{tenant}/shops/{shop}} prefixes of the HTTP rules controller. */
    static Arbitrary<String> prefixedPath() {
        Arbitrary<String> tail = Arbitraries.oneOf(
                segment().map(id -> "items/" + id),
                encoded("p/café"),
                segment().map(name -> "files/" + name),
                segment().list().ofMinSize(0).ofMaxSize(10).map(s -> "nine/" + String.join("/", s)));
        return Combinators.combine(segment(), segment(), tail, Arbitraries.of("", "/", "//"))
                .as((tenant, shop, rest, end) -> "/t/" + tenant + "/shops/" + shop + "/" + rest + end);
    }

    /** Encoded spellings of the Books list path ({@code /api/books/}), each of which must reach it. */
    static Arbitrary<String> encodedBooksPath() {
        return encoded("/api/books/");
    }

    /** Content types that are not JSON, for JSON operations (all must be 415). */
    static Arbitrary<String> nonJsonMediaType() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "text/plain",
                        "text/plain; charset=utf-8",
                        "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=B",
                        "application/xml",
                        "application/jsonp",
                        "application/+json",
                        "text/json",
                        "json",
                        "*/*",
                        "application/octet-stream"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(s -> "text/" + s));
    }

    /** One multipart part: a field or a file, possibly empty, possibly with an empty file name. */
    record Part(String name, String fileName, String content) {}

    /** Multipart bodies (boundary {@code B}) whose parts are often empty. */
    static Arbitrary<byte[]> multipartWithEmptyParts() {
        Arbitrary<Part> part = Combinators.combine(
                        Arbitraries.of("name", "file", "other", ""),
                        Arbitraries.of((String) null, "", "a.txt", "\"quoted\""),
                        Arbitraries.of("", "", "x", "Ann", "z".repeat(70_000)))
                .as(Part::new);
        return part.list().ofMinSize(0).ofMaxSize(4).map(HttpShapes::multipart);
    }

    static byte[] multipart(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            String head = "--B\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"") + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content().getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("--B--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Urlencoded forms whose values are often empty. */
    static Arbitrary<String> formWithEmptyValues() {
        Arbitrary<String> pair = Combinators.combine(
                        Arbitraries.of("name", "age", "level", "x", ""), Arbitraries.of("", "", "1", "Ann", "%zz", "-"))
                .as((k, v) -> k + "=" + v);
        return pair.list().ofMinSize(0).ofMaxSize(5).map(list -> String.join("&", list));
    }
}
