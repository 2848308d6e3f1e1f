/**
 * Kunai's entry points: {@link dev.kunai.KunaiApi} (Django Ninja's {@code NinjaAPI}), the definition of an API that an
 * application compiles once at start-up, and {@link dev.kunai.KunaiConfigurationException} for start-up mistakes.
 */
package dev.kunai;
