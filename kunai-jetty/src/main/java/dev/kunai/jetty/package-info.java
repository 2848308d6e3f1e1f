/**
 * The Jetty 12 core server adapter: serves a Kunai request handler over HTTP/1.1 with every thread virtual, a graceful
 * stop, JSON bodies for the errors Jetty answers itself, and an optional access log.
 */
package dev.kunai.jetty;
