package dev.kunai.pipeline;

import dev.kunai.http.HttpError;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Strict percent-decoding of paths, query strings and urlencoded forms: bad escapes or UTF-8 are a 400. */
final class UrlCodec {

    private UrlCodec() {}

    /** Decodes a path segment ({@code +} stays a plus). */
    static String decodePath(String raw) {
        return raw.indexOf('%') < 0 ? raw : decode(raw, false);
    }

    /** Decodes a query or form component ({@code +} is a space). */
    static String decodeForm(String raw) {
        return raw.indexOf('%') < 0 && raw.indexOf('+') < 0 ? raw : decode(raw, true);
    }

    /** Parses {@code a=1&b=2&a=3} into an ordered multimap; at most {@code maxParams} pairs. */
    static Map<String, List<String>> parsePairs(String raw, int maxParams, String what) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw.isEmpty()) {
            return out;
        }
        int count = 0;
        int start = 0;
        int length = raw.length();
        while (start <= length) {
            int end = raw.indexOf('&', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                if (++count > maxParams) {
                    throw new HttpError(400, "Too many " + what + " parameters (limit " + maxParams + ")");
                }
                int eq = raw.indexOf('=', start);
                String name;
                String value;
                if (eq < 0 || eq > end) {
                    name = decodeForm(raw.substring(start, end));
                    value = "";
                } else {
                    name = decodeForm(raw.substring(start, eq));
                    value = decodeForm(raw.substring(eq + 1, end));
                }
                out.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
            }
            start = end + 1;
        }
        return out;
    }

    private static String decode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw invalidEscape();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw invalidEscape();
                }
                bytes.write((hi << 4) | lo);
                i += 3;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
                i++;
            } else if (c < 0x80) {
                bytes.write(c);
                i++;
            } else {
                int end = i + 1;
                while (end < raw.length() && raw.charAt(end) >= 0x80 && raw.charAt(end) != '%') {
                    end++;
                }
                bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new HttpError(400, "Invalid UTF-8 in percent-encoded URL or form data");
        }
    }

    private static HttpError invalidEscape() {
        return new HttpError(400, "Invalid percent-encoding in URL or form data");
    }
}
