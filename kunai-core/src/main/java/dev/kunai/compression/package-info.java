/** Response compression: the bundled {@link dev.kunai.compression.Compression} (gzip) middleware. See {@code docs/cors-and-compression.md}. */
package dev.kunai.compression;
