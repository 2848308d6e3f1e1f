/**
 * Swagger UI for an API, served from the Swagger UI webjar (no CDN), every response built once at start-up.
 */
package dev.kunai.docs;
