/**
 * Dependency injection of controllers and what they use: the {@link dev.kunai.inject.Container} contract (JSR-330),
 * Guice as the default, and request-scoped values opened before and closed after each handler.
 */
package dev.kunai.inject;
