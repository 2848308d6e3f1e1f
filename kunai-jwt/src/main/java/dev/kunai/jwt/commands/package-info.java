/**
 * The {@code flushexpiredtokens} project command: deletes blacklist rows whose tokens have expired.
 */
package dev.kunai.jwt.commands;
