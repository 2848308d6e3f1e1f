/**
 * Database-backed sessions (Django's {@code contrib.sessions}): the session cookie authenticator and ready-made
 * login, logout and CSRF-token operations.
 */
package dev.kunai.auth.sessions;
