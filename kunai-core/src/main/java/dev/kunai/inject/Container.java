package dev.kunai.inject;

/**
 * The dependency-injection container Kunai asks for controllers (and anything they inject). The default is
 * Guice ({@link GuiceContainer}); implement this interface to plug in Spring, avaje-inject or another
 * JSR-330 container. Kunai asks once per controller at start-up: controllers are application singletons.
 */
@FunctionalInterface
public interface Container {

    /** The instance of {@code type}, created with its {@code @Inject} constructor and dependencies. */
    <T> T instance(Class<T> type);
}
