/**
 * The hand-written baseline ("the limit"): the Books contract on Jetty core + Jackson + JDBC, no framework.
 */
package dev.kunai.bench.baseline;
