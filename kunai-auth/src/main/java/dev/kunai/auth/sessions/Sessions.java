package dev.kunai.auth.sessions;

import dev.kunai.http.RequestContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Server-side sessions behind a signed cookie (Django's {@code SessionMiddleware} + {@code login} /
 * {@code logout}): the cookie carries only a random 256-bit key, signed with HMAC-SHA256, {@code HttpOnly},
 * {@code SameSite=Lax} and {@code Secure} when configured; the values stay in the {@link SessionStore}.
 * {@link #login} always starts a new session under a new key (no session fixation) and rotates the CSRF
 * token; {@link #logout} deletes the session and the cookie.
 */
public final class Sessions {

    private final SessionSettings settings;
    private final SessionStore store;
    private final Signer signer;
    private final Clock clock;

    private Sessions(SessionSettings settings, SessionStore store, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.signer = new Signer(settings.secretKey(), "dev.kunai.auth.sessions");
    }

    /** Sessions configured by {@code settings}, kept in {@code store}. */
    public static Sessions of(SessionSettings settings, SessionStore store) {
        return new Sessions(settings, store, Clock.systemUTC());
    }

    /** The same, with expiry computed from {@code clock} (for tests). */
    public static Sessions of(SessionSettings settings, SessionStore store, Clock clock) {
        return new Sessions(settings, store, clock);
    }

    /** The settings in use. */
    public SessionSettings settings() {
        return settings;
    }

    /** The store sessions live in. */
    public SessionStore store() {
        return store;
    }

    /** The request's session, if its cookie is correctly signed and names a live session (read once per request). */
    public Optional<SessionData> current(RequestContext context) {
        Optional<Loaded> cached = context.attribute(Loaded.class);
        if (cached.isPresent()) {
            return cached.get().data();
        }
        Optional<SessionData> data = key(context).flatMap(store::load);
        context.attribute(Loaded.class, new Loaded(data));
        return data;
    }

    /**
     * Logs {@code userId} in: deletes the request's old session, stores a new one under a new key with the user id
     * (plus {@code values}), sets the cookie and rotates the CSRF token. Returns the new CSRF token.
     */
    public String login(RequestContext context, String userId, Map<String, String> values) {
        key(context).ifPresent(store::delete);
        Map<String, String> all = new HashMap<>(values);
        all.put(SessionData.USER_ID, Objects.requireNonNull(userId, "userId"));
        SessionData data = new SessionData(all, clock.instant().plus(settings.maxAge()));
        String key = Signer.token();
        store.save(key, data);
        context.setCookie(
                settings.cookieName(),
                signer.sign(key),
                attributes(settings.maxAge().toSeconds()));
        context.attribute(Loaded.class, new Loaded(Optional.of(data)));
        return settings.csrf().rotate(context);
    }

    /** Deletes the request's session (if any) and tells the client to drop the cookie. */
    public void logout(RequestContext context) {
        key(context).ifPresent(store::delete);
        context.setCookie(settings.cookieName(), "", attributes(0));
        context.attribute(Loaded.class, new Loaded(Optional.empty()));
    }

    private Optional<String> key(RequestContext context) {
        return context.cookie(settings.cookieName())
                .filter(v -> v.length() <= 256)
                .flatMap(signer::unsign);
    }

    private String attributes(long maxAgeSeconds) {
        return "Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Lax" + (settings.secure() ? "; Secure" : "");
    }

    /** The session read for this request, cached so that several authenticators read the store once. */
    private record Loaded(Optional<SessionData> data) {}
}
