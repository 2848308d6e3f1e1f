package dev.kunai.jetty;

import dev.kunai.http.RequestHandler;
import dev.kunai.server.RunningServer;
import dev.kunai.server.ServerAdapter;
import dev.kunai.server.ServerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.VirtualThreadPool;
import org.slf4j.LoggerFactory;

/**
 * Serves a Kunai {@link RequestHandler} over HTTP/1.1 on Jetty 12 core (no servlets). Every thread is
 * virtual: a request is read, handled and written on one virtual thread, with no hand-off.
 *
 * <pre>{@code
 * try (RunningServer server = JettyServer.create().start(handler, ServerOptions.defaults())) {
 *     server.join();
 * }
 * }</pre>
 */
public final class JettyServer implements ServerAdapter {

    /**
     * The logger of the access log: one line per request at INFO, in {@link #ACCESS_LOG_FORMAT}. Whether it is on is
     * read once when the server starts; the project template's {@code logback.xml} has it OFF.
     */
    public static final String ACCESS_LOGGER = "dev.kunai.access";

    /**
     * The access log's line, in Jetty's {@link CustomRequestLog} syntax: the NCSA combined format (client address,
     * user, time, request line, status, response bytes, {@code "Referer"}, {@code "User-Agent"}; as Apache httpd's
     * {@code combined}) followed by the time taken to serve the request in milliseconds (httpd's {@code %{ms}T}).
     * An absent quoted header is written as {@code ""} (Jetty's choice; httpd writes {@code "-"}).
     */
    public static final String ACCESS_LOG_FORMAT = CustomRequestLog.EXTENDED_NCSA_FORMAT + " %{ms}T";

    /** Jetty's own long-running tasks per connector that also hold a slot of the virtual thread pool. */
    private static final int ACCEPTORS = 1;

    private JettyServer() {}

    /** A Jetty adapter; each {@link #start} call builds and starts an independent server. */
    public static JettyServer create() {
        return new JettyServer();
    }

    /**
     * Binds {@code options.host():options.port()} and serves {@code handler} until stopped.
     *
     * @throws IllegalArgumentException if an option is out of range
     * @throws UncheckedIOException     if the address cannot be bound (e.g. the port is in use)
     */
    @Override
    public RunningServer start(RequestHandler handler, ServerOptions options) {
        validate(options);
        VirtualThreadPool threads = new VirtualThreadPool();
        threads.setName("kunai");
        Server server = new Server(threads);
        server.setStopTimeout(options.stopTimeout().toMillis());
        // No Jetty shutdown hook: the owner stops the server (Kunai's runserver hook stops it, then closes the
        // database pools, in that order); two hooks stopping one server race each other.
        server.setStopAtShutdown(false);
        server.setErrorHandler(new JsonErrorHandler());

        ServerConnector connector =
                new ServerConnector(server, ACCEPTORS, -1, new HttpConnectionFactory(httpConfiguration(options)));
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setIdleTimeout(options.idleTimeout().toMillis());
        // The JDK's default listen backlog (50) drops handshakes in a burst of new connections; the kernel caps this.
        connector.setAcceptQueueSize(1024);
        server.addConnector(connector);
        // The pool's cap counts Jetty's acceptor and selector loops too: reserve their slots on top of the requests'.
        int reserved = connector.getAcceptors() + connector.getSelectorManager().getSelectorCount();
        threads.setMaxConcurrentTasks(saturatedAdd(options.maxConcurrentRequests(), reserved));

        if (LoggerFactory.getLogger(ACCESS_LOGGER).isInfoEnabled()) {
            Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter();
            writer.setLoggerName(ACCESS_LOGGER);
            server.setRequestLog(new CustomRequestLog(writer, ACCESS_LOG_FORMAT));
        }
        server.setHandler(new GracefulHandler(new KunaiHandler(handler, options.maxConcurrentRequests())));
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            String where = options.host() + ":" + options.port();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Kunai cannot listen on " + where + ": " + io.getMessage(), io);
            }
            throw new IllegalStateException("Kunai cannot start Jetty on " + where + ": " + e.getMessage(), e);
        }
        return JettyRunningServer.started(server, connector, options.host());
    }

    private static HttpConfiguration httpConfiguration(ServerOptions options) {
        HttpConfiguration config = new HttpConfiguration();
        config.setRequestHeaderSize(options.maxRequestHeaderBytes());
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        config.setSendDateHeader(false);
        config.setIdleTimeout(options.idleTimeout().toMillis());
        // Kunai routes on the raw path and applies its own rules for ambiguous paths in core (RequestPath), so
        // the socket and the in-process test client give the same answer: Jetty passes every path through.
        config.setUriCompliance(UriCompliance.UNSAFE);
        return config;
    }

    private static void validate(ServerOptions options) {
        require(options.host() != null && !options.host().isBlank(), "host must not be blank");
        require(options.port() >= 0 && options.port() <= 65_535, "port must be within 0..65535, was " + options.port());
        require(
                options.maxRequestHeaderBytes() >= 256,
                "maxRequestHeaderBytes must be at least 256, was " + options.maxRequestHeaderBytes());
        require(options.idleTimeout() != null && options.idleTimeout().isPositive(), "idleTimeout must be positive");
        require(
                options.stopTimeout() != null && !options.stopTimeout().isNegative(),
                "stopTimeout must not be negative");
        require(
                options.maxConcurrentRequests() > 0,
                "maxConcurrentRequests must be positive, was " + options.maxConcurrentRequests());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private static int saturatedAdd(int a, int b) {
        long sum = (long) a + b;
        return sum > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) sum;
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // Start-up already failed; that failure is the one reported.
        }
    }
}
