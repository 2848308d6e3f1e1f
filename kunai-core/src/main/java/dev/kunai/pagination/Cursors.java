package dev.kunai.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.kunai.http.HttpError;
import dev.kunai.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-evident cursors: a keyset position as a JSON array ({@code [backward, key…]}) in base64url,
 * then a dot and the first 16 bytes of its HMAC-SHA256. A cursor that is not one of ours (forged, edited,
 * truncated, or signed with another secret) is a 400 {@code {"detail": "Invalid cursor"}}.
 */
final class Cursors {

    /** Longest cursor accepted (characters); longer ones are rejected before any decoding. */
    static final int MAX_LENGTH = 2048;

    private static final int TAG_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    Cursors(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("A cursor secret needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** The cursor of {@code keyset}. */
    String encode(Window.Keyset keyset) {
        ObjectMapper mapper = Json.mapper();
        ArrayNode array = mapper.createArrayNode();
        array.add(keyset.backward());
        array.add(keyset.order());
        for (Object value : keyset.values()) {
            array.addPOJO(value);
        }
        try {
            String payload = ENCODER.encodeToString(mapper.writeValueAsBytes(array));
            return payload + "." + ENCODER.encodeToString(tag(payload));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A keyset value cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** The keyset of {@code cursor}; a 400 when it is not a cursor this secret signed. */
    Window.Keyset decode(String cursor) {
        int dot = cursor.indexOf('.');
        if (cursor.length() > MAX_LENGTH || dot < 1) {
            throw invalid();
        }
        String payload = cursor.substring(0, dot);
        try {
            byte[] tag = DECODER.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(tag, tag(payload))) {
                throw invalid();
            }
            JsonNode array = Json.mapper().readTree(DECODER.decode(payload));
            if (!array.isArray()
                    || array.size() < 3
                    || !array.get(0).isBoolean()
                    || !array.get(1).isTextual()) {
                throw invalid();
            }
            List<Object> values = new ArrayList<>(array.size() - 2);
            for (int i = 2; i < array.size(); i++) {
                values.add(value(array.get(i)));
            }
            return new Window.Keyset(
                    values, array.get(0).booleanValue(), array.get(1).textValue());
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
    }

    private static Object value(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        throw invalid();
    }

    private byte[] tag(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static HttpError invalid() {
        return HttpError.badRequest("Invalid cursor");
    }
}
