package dev.kunai.security;

/**
 * Who made the request, as {@link Auth} identified them; read it with
 * {@code context.attribute(Principal.class)}.
 *
 * @param value what the auth check returned (a user id, a user record, ...)
 */
public record Principal(Object value) {}
