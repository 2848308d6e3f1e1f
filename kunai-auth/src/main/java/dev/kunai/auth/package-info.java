/**
 * Django's {@code contrib.auth} for Kunai: {@link dev.kunai.auth.KunaiAuth} adds the users, groups, permissions and
 * sessions tables to a database; the sub-packages hold the authenticators, hashers, permissions and commands.
 */
package dev.kunai.auth;
