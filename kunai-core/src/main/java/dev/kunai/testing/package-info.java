/**
 * Django Ninja's {@code TestClient} for Kunai: requests built in memory, sent through the full pipeline without a
 * socket, and the responses as a test reads them.
 */
package dev.kunai.testing;
