package dev.kunai.auth.authenticators;

import dev.kunai.auth.csrf.Csrf;
import dev.kunai.http.RequestContext;
import dev.kunai.security.Auth;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * API keys in a query parameter or a cookie (Ninja's {@code APIKeyQuery} and {@code APIKeyCookie}; the header
 * variant is {@link Auth#apiKeyHeader}), and a key check that does not leak through timing: {@link #matching}
 * looks keys up by their SHA-256 digest and compares digests in constant time. A key in a cookie is sent by the
 * browser on its own, so {@link #cookie} also demands the CSRF check on unsafe requests (as Ninja's
 * {@code APIKeyCookie(csrf=True)}).
 */
public final class ApiKeys {

    private ApiKeys() {}

    /** An API key in the query parameter {@code name} ({@code ?api_key=...}); {@code check} maps a key to its principal. */
    public static Auth query(String name, Function<String, Optional<Object>> check) {
        Objects.requireNonNull(check, "check");
        return new KeyAuth("ApiKeyQuery", Map.<String, Object>of("type", "apiKey", "in", "query", "name", name)) {
            @Override
            public Optional<Object> authenticate(RequestContext context) {
                return queryValue(context.request().query(), name).flatMap(check);
            }
        };
    }

    /** An API key in the cookie {@code name}, with CSRF protection ({@code csrf}) on unsafe requests it authenticates. */
    public static Auth cookie(String name, Csrf csrf, Function<String, Optional<Object>> check) {
        Objects.requireNonNull(csrf, "csrf");
        Objects.requireNonNull(check, "check");
        return new KeyAuth("ApiKeyCookie", Map.<String, Object>of("type", "apiKey", "in", "cookie", "name", name)) {
            @Override
            public Optional<Object> authenticate(RequestContext context) {
                Optional<Object> principal = context.cookie(name).flatMap(check);
                if (principal.isPresent()) {
                    csrf.check(context);
                }
                return principal;
            }
        };
    }

    /**
     * A check over a fixed set of keys (key → principal) that takes the same time whichever key is tried: keys are
     * found by their SHA-256 digest, and the digest found is compared with the tried one in constant time.
     */
    public static Function<String, Optional<Object>> matching(Map<String, ?> keys) {
        Map<String, Entry> byDigest = new HashMap<>();
        keys.forEach((key, principal) -> {
            byte[] digest = sha256(key);
            byDigest.put(hex(digest), new Entry(digest, Objects.requireNonNull(principal, "principal")));
        });
        return tried -> {
            byte[] digest = sha256(tried);
            Entry entry = byDigest.get(hex(digest));
            return entry != null && MessageDigest.isEqual(entry.digest(), digest)
                    ? Optional.of(entry.principal())
                    : Optional.empty();
        };
    }

    /** Whether two secrets are equal, in time that depends only on their lengths (for hand-written checks). */
    public static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private record Entry(byte[] digest, Object principal) {}

    private static Optional<String> queryValue(String query, String name) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (decode(key).equals(name) && eq >= 0) {
                String value = decode(pair.substring(eq + 1));
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /** The scheme half of an API-key {@link Auth}. */
    private abstract static class KeyAuth implements Auth {
        private final String name;
        private final Map<String, Object> scheme;

        KeyAuth(String name, Map<String, Object> scheme) {
            this.name = name;
            this.scheme = scheme;
        }

        @Override
        public String schemeName() {
            return name;
        }

        @Override
        public Map<String, Object> scheme() {
            return scheme;
        }
    }
}
