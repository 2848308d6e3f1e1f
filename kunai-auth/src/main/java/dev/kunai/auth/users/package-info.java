/**
 * Users, groups and model permissions as JPA entities (Django's {@code auth.User}, {@code Group} and
 * {@code Permission}), and the {@link dev.kunai.auth.users.AuthUser} view of a user that permission checks read.
 */
package dev.kunai.auth.users;
