package dev.kunai.app.commands;

import dev.kunai.app.RunningApp;
import dev.kunai.server.ServerOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code runserver [host:port]}: starts the server and serves until stopped (Ctrl-C / SIGTERM stop it gracefully). */
@Command(
        name = "runserver",
        mixinStandardHelpOptions = true,
        description = "Starts the HTTP server (default 127.0.0.1:8000; settings server.host / server.port).")
final class RunServerCommand extends AppCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "ADDRESS", description = "port, host:port or host (e.g. 0.0.0.0:8080)")
    String address;

    @Override
    public Integer call() throws Exception {
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
                options.port(Integer.parseInt(address.substring(colon + 1)));
            } else if (address.chars().allMatch(Character::isDigit)) {
                options.port(Integer.parseInt(address));
            } else {
                options.host(address);
            }
        }
        RunningApp running = app.start(options.build());
        Thread hook = new Thread(running::stop, "kunai-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        running.join();
        return 0;
    }
}
