/**
 * Permissions checked before a handler runs (Ninja Extra's {@code permissions}): allow any, authenticated,
 * authenticated or read-only, and their and / or / not compositions. A denied request is a 401 or 403.
 */
package dev.kunai.permissions;
