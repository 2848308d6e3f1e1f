package dev.kunai;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

/**
 * A start-up problem in the application's configuration (Django Ninja's {@code ConfigError}): a route that
 * cannot be served, a parameter that cannot be bound, an unknown security scheme... The message names the
 * controller class, method and parameter where it applies. Thrown while the pipeline is built, never per request.
 */
public class KunaiConfigurationException extends IllegalStateException {

    /** A configuration problem described by {@code message}. */
    public KunaiConfigurationException(String message) {
        super(message);
    }

    /** A configuration problem described by {@code message}, caused by {@code cause}. */
    public KunaiConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A problem of a handler method: the message starts with {@code Controller.method: }. */
    public static KunaiConfigurationException at(Class<?> controller, Method method, String problem) {
        return new KunaiConfigurationException(where(controller, method) + ": " + problem);
    }

    /** A problem of one handler parameter: the message starts with {@code Controller.method(parameter): }. */
    public static KunaiConfigurationException at(
            Class<?> controller, Method method, Parameter parameter, String problem) {
        return new KunaiConfigurationException(where(controller, method) + "(" + parameter.getName() + "): " + problem);
    }

    private static String where(Class<?> controller, Method method) {
        return controller.getSimpleName() + "." + method.getName();
    }
}
