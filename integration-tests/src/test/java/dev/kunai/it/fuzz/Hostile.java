package dev.kunai.it.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of hostile request parts: JSON text (random, mutated, wrong types, huge numbers), bytes, paths, queries, headers. */
final class Hostile {

    private Hostile() {}

    /** Text with the awkward characters: quotes, backslashes, controls, surrogates, emoji, NUL. */
    static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings()
                        .withChars("\"\\/\u0000\u0001\n\r\t\u2028\u2029\uFEFF\uD83D\uDE00{}[]:,%&=+?#")
                        .ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.of("", " ", "null", "true", "0", "-1", "1e309", "NaN", "Infinity", "x".repeat(200)));
    }

    /** Titles and tag names: any text, plus ones over the 255-character limit both fields have. */
    static Arbitrary<String> titleText() {
        return Arbitraries.oneOf(text(), Arbitraries.of("x".repeat(256), "\u00e9".repeat(300)));
    }

    /** A JSON number literal, from ordinary to absurd. */
    static Arbitrary<String> number() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf).filter(s -> !s.contains("Infinity") && !s.contains("NaN")),
                Arbitraries.strings()
                        .numeric()
                        .ofMinLength(1)
                        .ofMaxLength(400)
                        .map(s -> s.replaceFirst("^0+(?=.)", "")),
                Arbitraries.of(
                        "1e999999999",
                        "-1e-999999999",
                        "0.0000000000000000000000001",
                        "9223372036854775808",
                        "-9223372036854775809",
                        "1E+2",
                        "-0",
                        "0e0",
                        "123456789012345678901234567890.5"));
    }

    /** Any JSON value, nested up to {@code depth}. */
    static Arbitrary<String> json(int depth) {
        Arbitrary<String> scalar =
                Arbitraries.oneOf(text().map(Hostile::quote), number(), Arbitraries.of("true", "false", "null"));
        if (depth <= 0) {
            return scalar;
        }
        Arbitrary<String> array = json(depth - 1).list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
        Arbitrary<String> object = Combinators.combine(
                        Arbitraries.oneOf(text(), Arbitraries.of("title", "tags", "id"))
                                .map(Hostile::quote),
                        json(depth - 1))
                .as((k, v) -> k + ":" + v)
                .list()
                .ofMaxSize(4)
                .map(items -> "{" + String.join(",", items) + "}");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, scalar), net.jqwik.api.Tuple.of(2, array), net.jqwik.api.Tuple.of(2, object));
    }

    /** A book payload whose title and tags are any JSON at all (wrong types included). */
    static Arbitrary<String> bookWithWrongTypes() {
        Arbitrary<String> anyValue = json(2);
        Arbitrary<String> title = Arbitraries.oneOf(anyValue, titleText().map(Hostile::quote));
        Arbitrary<String> tags = Arbitraries.oneOf(
                anyValue,
                titleText().map(Hostile::quote).list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]"));
        return Combinators.combine(
                        title.optional(),
                        tags.optional(),
                        Arbitraries.of("", ",\"extra\":{}", ",\"id\":7", ",\"title\":\"dup\""))
                .as((t, g, extra) -> {
                    StringBuilder out = new StringBuilder("{");
                    t.ifPresent(v -> out.append("\"title\":").append(v));
                    g.ifPresent(v -> out.append(out.length() > 1 ? "," : "")
                            .append("\"tags\":")
                            .append(v));
                    if (out.length() > 1 || !extra.startsWith(",")) {
                        out.append(extra);
                    } else {
                        out.append(extra.substring(1));
                    }
                    return out.append('}').toString();
                });
    }

    /** A valid payload with random byte-level mutations: deletions, insertions, replacements, truncation. */
    static Arbitrary<byte[]> mutatedBook() {
        Arbitrary<String> valid = Combinators.combine(
                        titleText(), titleText().list().ofMaxSize(3))
                .as((t, tags) -> "{\"title\":" + quote(t) + ",\"tags\":["
                        + String.join(",", tags.stream().map(Hostile::quote).toList()) + "]}");
        Arbitrary<Mutation> mutation = Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.bytes())
                .as(Mutation::new);
        return Combinators.combine(valid, mutation.list().ofMinSize(1).ofMaxSize(6))
                .as((json, mutations) -> {
                    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
                    for (Mutation m : mutations) {
                        bytes = m.apply(bytes);
                    }
                    return bytes;
                });
    }

    /** One byte-level edit. */
    record Mutation(int kind, int position, byte value) {
        byte[] apply(byte[] in) {
            if (in.length == 0) {
                return new byte[] {value};
            }
            int at = position % in.length;
            return switch (kind) {
                case 0 -> concat(slice(in, 0, at), slice(in, at + 1, in.length)); // delete
                case 1 -> concat(slice(in, 0, at), new byte[] {value}, slice(in, at, in.length)); // insert
                case 2 -> { // replace
                    byte[] out = in.clone();
                    out[at] = value;
                    yield out;
                }
                case 3 -> slice(in, 0, at); // truncate
                default -> { // swap with the next byte
                    byte[] out = in.clone();
                    int next = (at + 1) % in.length;
                    out[at] = in[next];
                    out[next] = in[at];
                    yield out;
                }
            };
        }
    }

    /** Raw bytes, including invalid UTF-8 sequences, overlong encodings and lone surrogates. */
    static Arbitrary<byte[]> rawBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        Arbitrary<byte[]> invalidUtf8InJson = Arbitraries.of(
                        new byte[] {(byte) 0xC3, 0x28},
                        new byte[] {(byte) 0xA0, (byte) 0xA1},
                        new byte[] {(byte) 0xE2, 0x28, (byte) 0xA1},
                        new byte[] {(byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC},
                        new byte[] {(byte) 0xC0, (byte) 0xAF},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[] {(byte) 0xFF},
                        new byte[] {0})
                .map(bad -> concat(
                        "{\"title\":\"a".getBytes(StandardCharsets.UTF_8),
                        bad,
                        "b\",\"tags\":[]}".getBytes(StandardCharsets.UTF_8)));
        Arbitrary<byte[]> bom = Arbitraries.of(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFE, (byte) 0xFF})
                .map(b -> concat(b, "{\"title\":\"bom\"}".getBytes(StandardCharsets.UTF_8)));
        return Arbitraries.oneOf(random, invalidUtf8InJson, bom);
    }

    /** Content types, sensible and not. */
    static Arbitrary<String> contentType() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "application/json",
                        "application/json; charset=utf-8",
                        "text/plain",
                        "application/x-www-form-urlencoded",
                        "multipart/form-data",
                        "multipart/form-data; boundary=",
                        "multipart/form-data; boundary=zzz",
                        "application/json; charset=latin1",
                        "",
                        ";;;",
                        "*/*"),
                Arbitraries.strings().ascii().ofMaxLength(40));
    }

    /** Paths: known routes, dot segments, doubled slashes, percent-encodings (valid, invalid, of separators). */
    static Arbitrary<String> path() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of(
                        "api",
                        "books",
                        "fixture",
                        "echo",
                        "many",
                        "upload",
                        "docs",
                        "openapi.json",
                        "..",
                        ".",
                        "",
                        "%2e%2e",
                        "%2F",
                        "%00",
                        "%",
                        "%zz",
                        "%C3%A9",
                        "%C3",
                        "%ED%A0%80",
                        "%FF",
                        ";a=b",
                        "books;x",
                        "~",
                        "%25",
                        "a b",
                        "é",
                        "+"),
                Arbitraries.strings()
                        .withChars("abc%/.;:@!$&'()*+,=-_~0123456789ABCDEF")
                        .ofMaxLength(12));
        return segment.list()
                .ofMaxSize(6)
                .map(s -> "/" + String.join("/", s) + (s.isEmpty() ? "" : "/"))
                .flatMap(p ->
                        Arbitraries.of(p, p.substring(0, Math.max(1, p.length() - 1)), "/api" + p, "/api/books" + p));
    }

    /** Query strings: repeated keys, empty pairs, bad encodings, huge values. */
    static Arbitrary<String> query() {
        Arbitrary<String> pair = Arbitraries.oneOf(
                Combinators.combine(
                                Arbitraries.of("q", "v", "ms", "limit", "", "q[]", "%71"),
                                Arbitraries.oneOf(
                                        Arbitraries.strings()
                                                .withChars("abc%=&+;#?/0123456789zZ")
                                                .ofMaxLength(10),
                                        Arbitraries.of(
                                                "%",
                                                "%2",
                                                "%zz",
                                                "%C3",
                                                "%FF",
                                                "-1",
                                                "1e9",
                                                "99999999999999999999",
                                                "true",
                                                "")))
                        .as((k, v) -> k + "=" + v),
                Arbitraries.of("&", "=", "==", "q", "&&", "q=1=2", "%26=%3D"));
        return pair.list().ofMaxSize(20).map(l -> String.join("&", l));
    }

    /** Header junk: odd names and values, duplicated well-known headers. */
    static Arbitrary<List<String[]>> headers() {
        Arbitrary<String[]> header = Combinators.combine(
                        Arbitraries.oneOf(
                                Arbitraries.of(
                                        "Content-Type",
                                        "Accept",
                                        "Cookie",
                                        "Authorization",
                                        "X-Forwarded-For",
                                        "Accept-Charset",
                                        "Content-Encoding",
                                        "Expect",
                                        "Range",
                                        "If-None-Match",
                                        "Origin"),
                                Arbitraries.strings()
                                        .withChars("abcXYZ-_0123456789")
                                        .ofMinLength(1)
                                        .ofMaxLength(15)),
                        Arbitraries.oneOf(
                                Arbitraries.strings().ascii().ofMaxLength(60).map(s -> s.replaceAll("[\\r\\n]", "")),
                                Arbitraries.of(
                                        "gzip", "100-continue", "bytes=0-1", "*/*", "a=b; c", "Bearer x", ";;;=")))
                .as((n, v) -> new String[] {n, v});
        return header.list().ofMaxSize(6);
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static byte[] slice(byte[] in, int from, int to) {
        return java.util.Arrays.copyOfRange(in, from, Math.max(from, to));
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
