/**
 * Generates an API's OpenAPI 3.1.0 document (JSON Schema 2020-12 schemas) from its operation models, once, at
 * start-up.
 */
package dev.kunai.openapi;
