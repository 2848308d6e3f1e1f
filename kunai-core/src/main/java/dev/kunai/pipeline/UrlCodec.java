package dev.kunai.pipeline;

import dev.kunai.http.HttpError;
import dev.kunai.routing.PercentDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsing of query strings and urlencoded forms, strictly percent-decoded: bad escapes or UTF-8 are a 400. */
final class UrlCodec {

    private UrlCodec() {}

    /** Decodes a query or form component ({@code +} is a space); a malformed escape or bad UTF-8 is a 400. */
    static String decodeForm(String raw) {
        try {
            return PercentDecoder.decode(raw, true);
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, e.getMessage());
        }
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
}
