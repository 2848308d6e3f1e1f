/**
 * Authenticators backed by the application's users and API keys (Ninja's {@code APIKeyQuery}, {@code APIKeyCookie},
 * HTTP Basic against the user store), with key and password checks that do not leak through timing.
 */
package dev.kunai.auth.authenticators;
