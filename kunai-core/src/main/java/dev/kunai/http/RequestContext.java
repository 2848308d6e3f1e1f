package dev.kunai.http;

import java.util.Map;
import java.util.Optional;

/**
 * Declare a parameter of this type to reach the raw request and shape the response: add headers and
 * cookies, or read anything the typed parameters do not cover.
 */
public interface RequestContext {

    /** The raw request. */
    HttpRequest request();

    /** The path parameters matched by the route, decoded. */
    Map<String, String> pathParams();

    /** A cookie sent by the client. */
    Optional<String> cookie(String name);

    /** Adds a response header (repeatable). */
    RequestContext addHeader(String name, String value);

    /** Sets a response cookie with {@code Path=/; HttpOnly; SameSite=Lax}. */
    RequestContext setCookie(String name, String value);

    /** Sets a response cookie with explicit attributes, e.g. {@code "Path=/; Max-Age=3600; Secure"}. */
    RequestContext setCookie(String name, String value, String attributes);

    /** Stores a value for later stages (e.g. the authenticated principal). */
    <T> RequestContext attribute(Class<T> key, T value);

    /** Reads a value stored with {@link #attribute(Class, Object)}. */
    <T> Optional<T> attribute(Class<T> key);
}
