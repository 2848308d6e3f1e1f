/**
 * Authentication (Django Ninja's {@code auth=}): authenticators that find credentials and return a
 * {@link dev.kunai.security.Principal}, how an API or operation chooses them, and opting an operation out.
 */
package dev.kunai.security;
