/**
 * Password hashing in Django's encoded form ({@code algorithm$parameters$hash}): Argon2id by default and Django's
 * PBKDF2-SHA256, so hashes move between a Django project and a Kunai one in both directions.
 */
package dev.kunai.auth.hashers;
