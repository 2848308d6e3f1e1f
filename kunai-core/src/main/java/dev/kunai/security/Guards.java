package dev.kunai.security;

import dev.kunai.errors.ErrorResponses;
import dev.kunai.http.HttpResponse;
import dev.kunai.http.RequestContext;
import dev.kunai.operation.OperationModel;
import java.util.Optional;

/** Applies an {@link Auth} to a request: the principal goes into the context, or the 401 response comes back. */
public final class Guards {

    private Guards() {}

    /** Whether {@code operation} requires its API's auth (it does unless it or its controller is {@link Public}). */
    public static boolean secured(Optional<Auth> auth, OperationModel operation) {
        return auth.isPresent()
                && !operation.handler().isAnnotationPresent(Public.class)
                && !operation.controller().isAnnotationPresent(Public.class);
    }

    /** Empty when the request is authenticated (its principal stored in {@code context}); else the 401 to send. */
    public static Optional<HttpResponse> check(Auth auth, RequestContext context) {
        Optional<Object> principal = auth.authenticate(context);
        if (principal.isPresent()) {
            context.attribute(Principal.class, new Principal(principal.get()));
            return Optional.empty();
        }
        HttpResponse unauthorized = ErrorResponses.detail(401, "Unauthorized");
        return Optional.of(auth.challenge()
                .map(c -> unauthorized.withHeader("WWW-Authenticate", c))
                .orElse(unauthorized));
    }
}
