package dev.kunai.feature;

/**
 * A unit that extends an application in one registration (Helidon's {@code HttpFeature}, Javalin's plugin):
 * in {@link #setup} it adds stages, middleware, routes of any method, exception handlers, request values and
 * DI bindings through {@link FeatureSetup}. Register it with {@code Dispatcher.builder().feature(...)} or
 * {@code KunaiApp.feature(...)}; the server, {@code TestClient} and {@code @KunaiTest} then all run it.
 * Features are set up in registration order, once, at start-up.
 */
@FunctionalInterface
public interface Feature {

    /** Registers what this feature contributes. Called once while the pipeline is being built. */
    void setup(FeatureSetup setup);
}
