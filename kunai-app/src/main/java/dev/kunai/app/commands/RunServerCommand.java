package dev.kunai.app.commands;

import dev.kunai.KunaiApi;
import dev.kunai.app.RunningApp;
import dev.kunai.app.reload.Autoreload;
import dev.kunai.server.ServerOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code runserver [host:port]}: starts the server and serves until stopped (Ctrl-C / SIGTERM stop it gracefully,
 * print one line and exit with status 0). Where it listens and where the docs are is printed to standard output,
 * whatever the log level. In development (classes compiled into a directory, sources under {@code src/main/java})
 * it reloads on change: see {@link Autoreload}; {@code --noreload} or {@code server.autoreload=false} turns it off.
 */
@Command(
        name = "runserver",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the HTTP server (default 127.0.0.1:8000; settings server.host / server.port).",
            "In development it restarts the application when a source or resource file changes."
        })
final class RunServerCommand extends AppCommand implements Callable<Integer> {

    /** What an address that cannot be read is followed by: the two forms runserver takes (Django's own). */
    static final String ADDRESS_HINT = "try runserver 8000 or runserver 127.0.0.1:8000";

    @Parameters(arity = "0..1", paramLabel = "ADDRESS", description = "port, host:port or host (e.g. 0.0.0.0:8080)")
    String address;

    @Option(
            names = "--noreload",
            description = "do not restart on source changes (the default when running from a jar)")
    boolean noReload;

    @Override
    public Integer call() throws Exception {
        ServerOptions options = options();
        if (!noReload && app.settings().getBoolean("server.autoreload", true)) {
            var reload = Autoreload.forCurrentProject();
            if (reload.isPresent()) {
                requireFree(options); // a busy port is not fixed by editing code: fail now instead of waiting
                String where = options.host() + ":" + options.port();
                return reload.get().run(List.of("runserver", where, "--noreload"));
            }
        }
        RunningApp running = app.start(options);
        PrintStream out = System.out;
        listening(running.baseUrl(), app.apis()).forEach(out::println);
        out.println("Quit the server with CONTROL-C.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running), "kunai-shutdown"));
        running.join();
        return 0;
    }

    /** Stops gracefully on SIGTERM / Ctrl-C, says so in one line, and exits 0 (a requested stop is no failure). */
    private static void stop(RunningApp running) {
        running.stop();
        System.out.println("Stopped.");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /** The lines that say where the server listens and where each API's docs are (a loopback URL for 0.0.0.0 / ::). */
    static List<String> listening(String baseUrl, List<KunaiApi> apis) {
        String local = baseUrl.replace("://0.0.0.0:", "://127.0.0.1:").replace("://[::]:", "://127.0.0.1:");
        List<String> lines = new ArrayList<>();
        lines.add("Kunai listening on " + baseUrl
                + (local.equals(baseUrl) ? "" : " (all interfaces; here: " + local + ")"));
        for (KunaiApi api : apis) {
            api.docsPath().ifPresent(docs -> lines.add("API docs: " + local + api.prefix() + docs));
        }
        return lines;
    }

    private ServerOptions options() {
        ServerOptions base = app.serverOptions();
        ServerOptions.Builder options = ServerOptions.builder()
                .host(base.host())
                .port(base.port())
                .maxRequestHeaderBytes(base.maxRequestHeaderBytes())
                .idleTimeout(base.idleTimeout())
                .stopTimeout(base.stopTimeout())
                .maxConcurrentRequests(base.maxConcurrentRequests());
        if (address != null) {
            int colon = address.lastIndexOf(':');
            if (colon >= 0) {
                if (colon > 0) {
                    options.host(address.substring(0, colon));
                }
                options.port(port(address.substring(colon + 1)));
            } else if (address.chars().allMatch(Character::isDigit)) {
                options.port(port(address));
            } else if (Character.isDigit(address.charAt(0)) && address.indexOf('.') < 0) {
                throw new IllegalStateException(
                        "'" + address + "' is neither a port number nor a host; " + ADDRESS_HINT);
            } else {
                options.host(address);
            }
        }
        return options.build();
    }

    /**
     * Fails with the {@link BindException} the server would hit when {@code options}' address is taken (the
     * socket is bound with SO_REUSEADDR, as Jetty binds, and closed at once).
     */
    private static void requireFree(ServerOptions options) throws IOException {
        if (options.port() == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(options.host(), options.port()));
        } catch (BindException e) {
            BindException busy = new BindException(
                    "Failed to bind to " + options.host() + ":" + options.port() + ": " + e.getMessage());
            busy.initCause(e);
            throw busy;
        }
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("'" + text + "' is not a port number; " + ADDRESS_HINT);
        }
    }
}
