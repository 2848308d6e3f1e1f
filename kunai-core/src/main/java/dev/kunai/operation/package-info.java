/**
 * Operations as read from their controllers: the documented model of each operation, the binding plan of its
 * parameters, and the typed metadata that stages and features read at start-up.
 */
package dev.kunai.operation;
