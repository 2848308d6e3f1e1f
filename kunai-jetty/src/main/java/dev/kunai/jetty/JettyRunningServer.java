package dev.kunai.jetty;

import dev.kunai.server.RunningServer;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started Jetty server: its bound port, and a graceful {@link #stop()}. */
final class JettyRunningServer implements RunningServer {

    private static final Logger LOG = LoggerFactory.getLogger(JettyServer.class);

    private final Server server;
    private final int port;
    private final String baseUrl;
    private boolean stopped;

    private JettyRunningServer(Server server, int port, String baseUrl) {
        this.server = server;
        this.port = port;
        this.baseUrl = baseUrl;
    }

    /** Wraps a started server and logs the one start-up line. */
    static JettyRunningServer started(Server server, ServerConnector connector, String host) {
        int port = connector.getLocalPort();
        String shownHost = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        JettyRunningServer running = new JettyRunningServer(server, port, "http://" + shownHost + ":" + port);
        LOG.info("Kunai listening on {}", running.baseUrl);
        return running;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            // Stops accepting, waits up to the stop timeout for in-flight requests (GracefulHandler), then closes.
            server.stop();
        } catch (TimeoutException e) {
            LOG.warn(
                    "Stopped {} after the stop timeout of {} ms with requests still running",
                    baseUrl,
                    server.getStopTimeout());
        } catch (Exception e) {
            LOG.warn("Stopping the server on {} did not complete cleanly", baseUrl, e);
        }
    }

    @Override
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public String toString() {
        return "Kunai on Jetty at " + baseUrl;
    }
}
