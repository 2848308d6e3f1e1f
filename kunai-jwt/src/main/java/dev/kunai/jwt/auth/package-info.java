/**
 * {@link dev.kunai.jwt.auth.JwtAuth}: the JWT authenticator (django-ninja-jwt's {@code JWTAuth}) for an API, a
 * controller or an operation, documented as an HTTP bearer scheme with {@code bearerFormat: JWT}.
 */
package dev.kunai.jwt.auth;
