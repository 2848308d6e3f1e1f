package dev.kunai.auth.csrf;

import dev.kunai.http.HttpError;
import dev.kunai.http.RequestContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Cross-site request forgery protection for credentials that come from a cookie (Django's
 * {@code CsrfViewMiddleware}, which Ninja applies to cookie auth): an unsafe request (anything but GET, HEAD,
 * OPTIONS, TRACE) must echo the {@code csrftoken} cookie in the {@code X-CSRFToken} header, and its
 * {@code Origin}, when sent, must be the request's own host or a trusted origin; with {@link #secure} and no
 * {@code Origin}, a same-origin HTTPS {@code Referer} is required. A failure is
 * {@code 403 {"detail": "CSRF check failed"}}. Header-based schemes (Bearer, Basic, API key in a header)
 * need none of this: a browser never adds those headers to a cross-site request.
 */
public final class Csrf {

    /** The detail of the 403 a failed check answers. */
    public static final String FAILED = "CSRF check failed";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String cookieName;
    private final String headerName;
    private final boolean secure;
    private final List<String> trustedOrigins;

    private Csrf(String cookieName, String headerName, boolean secure, List<String> trustedOrigins) {
        this.cookieName = Objects.requireNonNull(cookieName, "cookieName");
        this.headerName = Objects.requireNonNull(headerName, "headerName");
        this.secure = secure;
        this.trustedOrigins =
                trustedOrigins.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
    }

    /** Django's names: cookie {@code csrftoken}, header {@code X-CSRFToken}; plain HTTP allowed. */
    public static Csrf defaults() {
        return new Csrf("csrftoken", "X-CSRFToken", false, List.of());
    }

    /** A copy that marks the cookie {@code Secure} and, without {@code Origin}, requires an HTTPS same-origin {@code Referer}. */
    public Csrf secure(boolean value) {
        return new Csrf(cookieName, headerName, value, trustedOrigins);
    }

    /** A copy that also trusts {@code origins} ({@code scheme://host[:port]}, Django's {@code CSRF_TRUSTED_ORIGINS}). */
    public Csrf trustedOrigins(String... origins) {
        return new Csrf(cookieName, headerName, secure, List.of(origins));
    }

    /** The token cookie's name. */
    public String cookieName() {
        return cookieName;
    }

    /** The header the token is echoed in. */
    public String headerName() {
        return headerName;
    }

    /** Throws {@code 403 CSRF check failed} unless the request is safe or passes the checks above. */
    public void check(RequestContext context) {
        if (safe(context.request().method())) {
            return;
        }
        if (!originAllowed(context) || !tokenEchoed(context)) {
            throw new HttpError(403, FAILED);
        }
    }

    /**
     * Throws {@code 403 CSRF check failed} when an unsafe request's {@code Origin} (or, with {@link #secure}, its
     * {@code Referer}) is another site; used where no token can exist yet, such as the login operation.
     */
    public void checkOrigin(RequestContext context) {
        if (!safe(context.request().method()) && !originAllowed(context)) {
            throw new HttpError(403, FAILED);
        }
    }

    /** The request's token, setting a new token cookie when it has none (Django's {@code get_token}). */
    public String token(RequestContext context) {
        Optional<String> existing = context.cookie(cookieName).filter(Csrf::wellFormed);
        return existing.orElseGet(() -> rotate(context));
    }

    /** Sets a new token cookie and returns the token (done at login, as Django's {@code rotate_token}). */
    public String rotate(RequestContext context) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // Not HttpOnly: the page's script reads it to echo it in the header (Django's CSRF_COOKIE_HTTPONLY = False).
        context.setCookie(cookieName, token, "Path=/; SameSite=Lax" + (secure ? "; Secure" : ""));
        return token;
    }

    private static boolean safe(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE");
    }

    private boolean tokenEchoed(RequestContext context) {
        Optional<String> cookie = context.cookie(cookieName).filter(Csrf::wellFormed);
        Optional<String> header = context.request().header(headerName);
        if (cookie.isEmpty() || header.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(
                cookie.get().getBytes(StandardCharsets.US_ASCII),
                header.get().strip().getBytes(StandardCharsets.US_ASCII));
    }

    private boolean originAllowed(RequestContext context) {
        Optional<String> host = context.request().header("Host").map(h -> h.toLowerCase(Locale.ROOT));
        Optional<String> origin =
                context.request().header("Origin").map(o -> o.strip().toLowerCase(Locale.ROOT));
        if (origin.isPresent()) {
            return trustedOrigins.contains(origin.get()) || sameHost(origin.get(), host);
        }
        if (!secure) {
            return true;
        }
        Optional<String> referer = context.request().header("Referer").map(r -> r.toLowerCase(Locale.ROOT));
        return referer.isPresent()
                && referer.get().startsWith("https://")
                && (sameHost(referer.get(), host)
                        || trustedOrigins.stream().anyMatch(t -> sameHost(referer.get(), Optional.of(authority(t)))));
    }

    private boolean sameHost(String url, Optional<String> host) {
        if (host.isEmpty()) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return false;
            }
            boolean schemeOk =
                    secure ? uri.getScheme().equals("https") : uri.getScheme().startsWith("http");
            return schemeOk && uri.getRawAuthority().equals(host.get());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String authority(String origin) {
        int scheme = origin.indexOf("://");
        return scheme < 0 ? origin : origin.substring(scheme + 3);
    }

    private static boolean wellFormed(String token) {
        if (token.length() < 32 || token.length() > 64) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }
}
