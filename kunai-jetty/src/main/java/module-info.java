/**
 * The Jetty 12 server adapter: {@link dev.kunai.jetty.JettyServer} serves a Kunai request handler, every request on
 * its own virtual thread. See {@code docs/architecture.md#modules}.
 */
module dev.kunai.jetty {
    requires transitive dev.kunai.core;
    requires org.eclipse.jetty.http;
    requires org.eclipse.jetty.io;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.util;
    requires org.slf4j;

    exports dev.kunai.jetty;
}
