/**
 * The refresh-token blacklist (django-ninja-jwt's {@code token_blacklist} app): outstanding tokens by {@code jti}
 * in the application's database, blacklisted on rotation or on request, flushed when expired.
 */
package dev.kunai.jwt.blacklist;
