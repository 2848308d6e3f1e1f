package dev.kunai.operation;

import java.lang.reflect.Method;
import java.util.Objects;

/** What runs an operation once its inputs are bound: a controller method, or a function defined in code. */
public sealed interface Invocation {

    /**
     * An annotated method of a controller, invoked on the controller instance the container creates.
     *
     * @param controller the concrete controller class (generic types are resolved against it)
     * @param method     the handler method
     */
    record OfMethod(Class<?> controller, Method method) implements Invocation {
        /** Validates the components. */
        public OfMethod {
            Objects.requireNonNull(controller, "controller");
            Objects.requireNonNull(method, "method");
        }
    }

    /**
     * An {@link Operation} defined in code: its handler receives the bound inputs.
     *
     * @param handler the function the operation runs
     */
    record OfHandler(Operation.Handler handler) implements Invocation {
        /** Validates the component. */
        public OfHandler {
            Objects.requireNonNull(handler, "handler");
        }
    }
}
