package dev.kunai.routing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict percent-decoding (RFC 3986 §2.1) of URL path segments, query strings and urlencoded forms: every
 * {@code %} must be followed by two hex digits and the decoded octets must be valid UTF-8. Anything else is
 * refused with an {@link IllegalArgumentException} (which the pipeline answers with 400), never replaced.
 */
public final class PercentDecoder {

    private PercentDecoder() {}

    /**
     * Decodes {@code raw}.
     *
     * @param raw         the encoded text
     * @param plusIsSpace {@code true} for query strings and forms ({@code +} is a space), {@code false} for paths
     * @return the decoded text ({@code raw} itself when it holds no escape)
     * @throws IllegalArgumentException when an escape is malformed or the octets are not UTF-8
     */
    public static String decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && (!plusIsSpace || raw.indexOf('+') < 0)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '%') {
                bytes.write(octet(raw, i));
                i += 3;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
                i++;
            } else if (c < 0x80) {
                bytes.write(c);
                i++;
            } else {
                int end = i + 1;
                while (end < raw.length() && raw.charAt(end) >= 0x80) {
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
            throw new IllegalArgumentException("Invalid UTF-8 in percent-encoded URL or form data");
        }
    }

    private static int octet(String raw, int at) {
        if (at + 2 >= raw.length()) {
            throw invalidEscape();
        }
        int hi = Character.digit(raw.charAt(at + 1), 16);
        int lo = Character.digit(raw.charAt(at + 2), 16);
        if (hi < 0 || lo < 0) {
            throw invalidEscape();
        }
        return (hi << 4) | lo;
    }

    private static IllegalArgumentException invalidEscape() {
        return new IllegalArgumentException("Invalid percent-encoding in URL or form data");
    }
}
