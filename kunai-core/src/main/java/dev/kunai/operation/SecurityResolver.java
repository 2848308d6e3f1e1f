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
        List<Auth> alternatives = new ArrayList<>();
        for (String name : secured.value()) {
            alternatives.add(api.authSchemes().stream()
                    .filter(auth -> auth.schemeName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> KunaiConfigurationException.at(
                            controller,
                            method,
                            "@Secured names the unknown scheme '" + name + "'; register it with "
                                    + "KunaiApi.builder().auth(...) or .authSchemes(...) (known: "
                                    + api.authSchemes().stream()
                                            .map(Auth::schemeName)
                                            .toList() + ")")));
        }
        if (alternatives.isEmpty()) {
            throw KunaiConfigurationException.at(
                    controller, method, "@Secured({}) names no scheme; use @Public to opt out");
        }
        return Optional.of(List.copyOf(alternatives));
    }

    private static String kind(AnnotatedElement element) {
        return element instanceof Method ? "method" : "controller";
    }
}
