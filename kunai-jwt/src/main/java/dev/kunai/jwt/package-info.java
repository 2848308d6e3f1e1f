/**
 * JSON Web Tokens for Kunai (django-ninja-jwt on nimbus-jose-jwt): {@link dev.kunai.jwt.JwtTokens} issues,
 * verifies and refreshes access / refresh / sliding tokens; {@link dev.kunai.jwt.JwtSettings} holds the {@code jwt.*}
 * settings (algorithm, keys, lifetimes, issuer, audience, leeway); {@link dev.kunai.jwt.KunaiJwt} installs the module.
 */
package dev.kunai.jwt;
