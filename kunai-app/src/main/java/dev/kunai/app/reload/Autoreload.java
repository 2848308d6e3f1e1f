package dev.kunai.app.reload;

import io.methvin.watcher.DirectoryWatcher;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Development autoreload for {@code runserver} (Django's reloader, Spring DevTools' restart): the application
 * runs in a child JVM; this process watches {@code src/main/java} and {@code src/main/resources} (with
 * directory-watcher), and on a change recompiles the project into {@code target/classes} and restarts the child
 * on the same address. A compile error is printed and the previous version keeps serving.
 *
 * <p>It applies only in development: when the project's main class was loaded from {@code target/classes}
 * under the working directory and its sources are in {@code src/main/java} there (as with
 * {@code ./mvnw compile exec:java} or an IDE). Run from a jar (production), the server never reloads.
 */
public final class Autoreload {

    /** How long the files must stay quiet before a reload (an editor's save is often several events). */
    private static final Duration QUIET = Duration.ofMillis(200);

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final String mainClass;
    private final String classPath;
    private final ProjectCompiler compiler;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kunai-autoreload");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;
    private Process child;

    /** The child being stopped on purpose (its exit is expected). */
    private Process stopping;

    private List<String> arguments = List.of();

    private Autoreload(String mainClass, Path project, Path classes, String classPath) {
        this.mainClass = mainClass;
        this.classPath = classPath;
        this.compiler = new ProjectCompiler(project, classes, classPath);
    }

    /** The reloader for the project in the working directory, when this process runs one in development. */
    public static Optional<Autoreload> forCurrentProject() {
        Path project = Path.of("").toAbsolutePath();
        Path classes = project.resolve("target/classes");
        return mainClass().flatMap(main -> {
            Optional<Path> location = codeSource(main);
            Path source = project.resolve("src/main/java/" + main.getName().replace('.', '/') + ".java");
            if (location.isEmpty() || !location.get().equals(classes) || !Files.isRegularFile(source)) {
                return Optional.empty();
            }
            return Optional.of(new Autoreload(main.getName(), project, classes, classPath(main.getClassLoader())));
        });
    }

    /**
     * Serves through a child JVM running the main class with {@code arguments}, restarting it on every change,
     * until this process is stopped (Ctrl-C / SIGTERM: the child stops gracefully, then this process exits 0).
     *
     * @return the exit status (only on an interrupted wait)
     */
    public int run(List<String> arguments) throws InterruptedException, IOException {
        this.arguments = List.copyOf(arguments);
        System.out.println("Autoreload is on: the server restarts when a file under "
                + compiler.watched().stream()
                        .map(p -> Path.of("").toAbsolutePath().relativize(p).toString())
                        .toList() + " changes (--noreload or server.autoreload=false turns it off).");
        DirectoryWatcher watcher = DirectoryWatcher.builder()
                .paths(compiler.watched())
                .listener(event -> changed())
                .build();
        // A watcher that dies (its directory deleted, the OS limit on watches reached) must say so: otherwise
        // runserver keeps serving and silently stops reloading.
        var unused = watcher.watchAsync().exceptionally(failure -> {
            System.err.println("Autoreload stopped watching for changes: " + failure.getMessage()
                    + " (restart runserver to watch again).");
            return null;
        });
        start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(watcher), "kunai-autoreload-stop"));
        new CountDownLatch(1).await();
        return 0;
    }

    private synchronized void changed() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::reload, QUIET.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reload() {
        System.out.println("Change detected: recompiling...");
        System.out.flush();
        if (!compiler.build()) {
            System.out.println("Compile failed (errors above); still serving the previous version. Fix it and save.");
            System.out.flush();
            return;
        }
        synchronized (this) {
            stopChild();
            start();
        }
    }

    private synchronized void start() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Dguice_bytecode_gen_option=DISABLED",
                "-Dkunai.autoreload.child=true",
                "-cp",
                classPath,
                mainClass));
        command.addAll(arguments);
        Process started;
        try {
            started = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        child = started;
        // exited() only prints, and nothing waits for it: the future needs no handling
        var unused = started.onExit().thenAccept(this::exited);
    }

    /**
     * A child that ended on its own (a start-up error: its {@code Error:} line is above) leaves nothing serving;
     * say so, and that the next save restarts it, instead of sitting silent.
     */
    @SuppressWarnings("ReferenceEquality") // which process object this is, not whether two are "equal"
    private synchronized void exited(Process process) {
        if (process != child || process == stopping) {
            return;
        }
        System.out.println("The server stopped (exit status " + process.exitValue() + "). Fix the error above and"
                + " save: it restarts on the next change (Ctrl-C quits).");
        System.out.flush();
    }

    private synchronized void stopChild() {
        if (child == null || !child.isAlive()) {
            return;
        }
        stopping = child;
        child.destroy();
        try {
            if (!child.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void shutdown(DirectoryWatcher watcher) {
        try {
            watcher.close();
        } catch (IOException e) {
            // Stopping anyway: the watcher's threads are daemons.
        }
        scheduler.shutdownNow();
        stopChild();
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static Optional<Class<?>> mainClass() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.filter(f -> f.getMethodName().equals("main"))
                        .map(StackWalker.StackFrame::getDeclaringClass)
                        .filter(c -> !c.getName().startsWith("dev.kunai.app."))
                        .reduce((first, second) -> second));
    }

    private static Optional<Path> codeSource(Class<?> type) {
        var domain = type.getProtectionDomain().getCodeSource();
        if (domain == null || domain.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    Path.of(domain.getLocation().toURI()).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The class path the main class was loaded with (exec:java's class loader, or else java.class.path). */
    // The system class loader itself is excluded by identity: no equals() of a loader could say otherwise.
    @SuppressWarnings("ReferenceEquality")
    private static String classPath(ClassLoader loader) {
        if (loader instanceof URLClassLoader urls && loader != ClassLoader.getSystemClassLoader()) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // Not a file (never the case for a Maven class path): the child cannot use it either.
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }
}
