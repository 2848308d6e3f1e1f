/**
 * Annotations and extension points that shape the JSON Schema of records and parameters: descriptions, defaults,
 * examples, nullability, and facts other modules contribute (e.g. column lengths).
 */
package dev.kunai.schema;
