package dev.kunai.security;

import dev.kunai.http.HttpError;
import dev.kunai.http.RequestContext;
import java.util.List;
import java.util.Optional;

/** Applies authentication alternatives to a request: the principal goes into the context, or a 401 is thrown. */
public final class Guards {

    private Guards() {}

    /**
     * Stores the principal of the first alternative that identifies the caller as
     * {@code context.attribute(Principal.class)}; otherwise throws 401 with the first alternative's
     * {@code WWW-Authenticate} challenge (RFC 9110 §11.6.1).
     */
    public static void authenticate(List<Auth> alternatives, RequestContext context) {
        for (Auth auth : alternatives) {
            Optional<Object> principal = auth.authenticate(context);
            if (principal.isPresent()) {
                context.attribute(Principal.class, new Principal(principal.get()));
                return;
            }
        }
        HttpError unauthorized = new HttpError(401, "Unauthorized");
        for (Auth auth : alternatives) {
            Optional<String> challenge = auth.challenge();
            if (challenge.isPresent()) {
                throw unauthorized.withHeader("WWW-Authenticate", challenge.get());
            }
        }
        throw unauthorized;
    }
}
