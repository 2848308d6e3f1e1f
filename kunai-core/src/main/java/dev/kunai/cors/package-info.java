/** Cross-Origin Resource Sharing: the bundled {@link dev.kunai.cors.Cors} middleware. See {@code docs/cors-and-compression.md}. */
package dev.kunai.cors;
