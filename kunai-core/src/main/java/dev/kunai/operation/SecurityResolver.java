package dev.kunai.operation;

import dev.kunai.KunaiApi;
import dev.kunai.KunaiConfigurationException;
import dev.kunai.security.Auth;
import dev.kunai.security.Public;
import dev.kunai.security.Secured;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves an operation's security once, at start-up, the way Django Ninja resolves {@code auth=}: the
 * operation's declaration wins over its controller's, which wins over the API's default; {@link Public} is the
 * explicit opt-out ({@code auth=None}) at either level.
 */
final class SecurityResolver {

    private SecurityResolver() {}

    /** The authentication alternatives {@code method} of {@code controller} requires in {@code api} (empty: public). */
    static List<Auth> resolve(KunaiApi api, Class<?> controller, Method method) {
        Optional<List<Auth>> onMethod = declared(api, controller, method, method);
        if (onMethod.isPresent()) {
            return onMethod.get();
        }
        Optional<List<Auth>> onController = declared(api, controller, method, controller);
        if (onController.isPresent()) {
            return onController.get();
        }
        return api.auth().map(List::of).orElse(List.of());
    }

    private static Optional<List<Auth>> declared(
            KunaiApi api, Class<?> controller, Method method, AnnotatedElement element) {
        Secured secured = element.getAnnotation(Secured.class);
        boolean open = element.isAnnotationPresent(Public.class);
        if (secured != null && open) {
            throw KunaiConfigurationException.at(
                    controller, method, "@Public and @Secured on the same " + kind(element) + "; keep one");
        }
        if (open) {
            return Optional.of(List.of());
        }
        if (secured == null) {
            return Optional.empty();
        }
        if (secured.value().length == 0) {
            throw KunaiConfigurationException.at(
                    controller, method, "@Secured({}) names no scheme; use @Public to opt out");
        }
        try {
            return Optional.of(named(api, List.of(secured.value()), ""));
        } catch (IllegalArgumentException e) {
            throw KunaiConfigurationException.at(controller, method, "@Secured " + e.getMessage());
        }
    }

    /**
     * The API's schemes named {@code names}, in order; {@code where} prefixes the message of the
     * {@link KunaiConfigurationException} for an unknown name (an empty {@code where}: an
     * {@link IllegalArgumentException} whose message the caller places).
     */
    static List<Auth> named(KunaiApi api, List<String> names, String where) {
        List<Auth> alternatives = new ArrayList<>();
        for (String name : names) {
            Optional<Auth> scheme = api.authSchemes().stream()
                    .filter(auth -> auth.schemeName().equals(name))
                    .findFirst();
            if (scheme.isEmpty()) {
                String problem = "names the unknown scheme '" + name + "'; register it with "
                        + "KunaiApi.builder().auth(...) or .authSchemes(...) (known: "
                        + api.authSchemes().stream().map(Auth::schemeName).toList() + ")";
                if (where.isEmpty()) {
                    throw new IllegalArgumentException(problem);
                }
                throw new KunaiConfigurationException(where + ": secured(...) " + problem);
            }
            alternatives.add(scheme.get());
        }
        return List.copyOf(alternatives);
    }

    private static String kind(AnnotatedElement element) {
        return element instanceof Method ? "method" : "controller";
    }
}
