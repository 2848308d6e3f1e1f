/**
 * Binding request values to Java types, decided once per type at start-up: strict scalars, records, collections
 * and {@code Optional}, every type error and constraint violation of a request reported together (a 422).
 */
package dev.kunai.binding;
