/**
 * Query-string filters (Ninja's {@code FilterSchema}): records whose components are lookups, read once at start-up and
 * turned into a condition per request without reflection.
 */
package dev.kunai.data.filter;
