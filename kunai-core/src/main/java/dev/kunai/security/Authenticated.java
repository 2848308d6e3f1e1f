package dev.kunai.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fills a handler parameter with the request's authenticated principal (Django Ninja's {@code request.auth}),
 * typed: {@code @Authenticated User user} (kunai-auth's user, or the application's own type, whatever its
 * {@link Auth} returned). Never part of the OpenAPI parameters.
 *
 * <ul>
 *   <li>{@code @Authenticated T}: a request without a principal is answered {@code 401 {"detail":
 *       "Unauthorized"}}; one whose principal is not a {@code T} (e.g. an API key's service account on an
 *       operation for users) is answered {@code 403} with {@link dev.kunai.permissions.Permission#DEFAULT_MESSAGE}.
 *   <li>{@code @Authenticated Optional<T>}: empty in both cases (an operation open to anonymous callers).
 * </ul>
 *
 * <p>On an operation that requires authentication the principal is always present, because the auth stage has
 * already answered 401 otherwise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Authenticated {}
