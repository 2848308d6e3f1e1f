/**
 * Permissions that read the authenticated user (Ninja Extra's {@code IsAdminUser}, Django's
 * {@code permission_required}): staff, superuser and model permissions granted directly or through groups.
 */
package dev.kunai.auth.permissions;
