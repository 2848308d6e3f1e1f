/**
 * SPI: {@link dev.kunai.feature.Feature}s (routes, stages, middleware, exception handlers, request values, DI
 * bindings registered in one unit) and {@link dev.kunai.feature.Middleware} around the whole pipeline. See
 * {@code docs/extending.md}.
 */
package dev.kunai.feature;
