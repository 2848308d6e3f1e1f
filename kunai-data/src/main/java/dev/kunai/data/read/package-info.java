/**
 * Schema-driven reads: a ModelSchema, filters, ordering and a keyset position planned once into plain SQL over JDBC
 * (or HQL where SQL cannot express the schema), reading only the columns the schema shows.
 */
package dev.kunai.data.read;
