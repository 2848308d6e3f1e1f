package dev.kunai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kunai.test.CommandOutput;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A project written by {@code kunai startproject}, built the way Maven would build it but in this JVM (the
 * kunai artifacts are not installed while kunai-app's own tests run): javac with {@code --release 21
 * -parameters} against this test run's class path, resources copied, tests run by the JUnit Platform Launcher.
 */
final class GeneratedProject {

    private final Path root;
    private final Path classes;
    private final Path testClasses;

    GeneratedProject(Path root, Path buildDir) {
        this.root = root;
        this.classes = buildDir.resolve("classes");
        this.testClasses = buildDir.resolve("test-classes");
    }

    Path root() {
        return root;
    }

    Path classes() {
        return classes;
    }

    /** Compiles main then test sources (warnings are errors) and copies the main resources. */
    void build() throws IOException {
        String classPath = System.getProperty("java.class.path");
        compile(root.resolve("src/main/java"), classes, classPath);
        copyResources();
        compile(root.resolve("src/test/java"), testClasses, classes + File.pathSeparator + classPath);
    }

    /** Copies {@code src/main/resources} over the compiled classes (Maven's process-resources). */
    void copyResources() throws IOException {
        Path resources = root.resolve("src/main/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = classes.resolve(resources.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void compile(Path sources, Path output, String classPath) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertThat(files).as("sources in " + sources).isNotEmpty();
        Files.createDirectories(output);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "--release",
                    "21",
                    "-parameters",
                    "-proc:none",
                    "-encoding",
                    "UTF-8",
                    "-Xlint:all,-path,-processing,-serial",
                    "-Werror",
                    "-classpath",
                    classPath,
                    "-d",
                    output.toString());
            boolean ok = javac.getTask(
                            null,
                            fileManager,
                            diagnostics,
                            options,
                            null,
                            fileManager.getJavaFileObjectsFromPaths(files))
                    .call();
            StringBuilder report = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                report.append(d.getKind())
                        .append(' ')
                        .append(d.getSource() == null ? "" : d.getSource().getName())
                        .append(':')
                        .append(d.getLineNumber())
                        .append(' ')
                        .append(d.getMessage(Locale.ROOT))
                        .append('\n');
            }
            assertThat(ok).as("javac on " + sources + ":\n" + report).isTrue();
            assertThat(report.toString()).as("javac diagnostics").isEmpty();
        }
    }

    /** Runs every {@code *Test} class of the project with the JUnit Platform Launcher; returns the summary. */
    TestExecutionSummary runTests() throws IOException, ClassNotFoundException {
        List<String> testClassNames;
        try (Stream<Path> walk = Files.walk(testClasses)) {
            testClassNames = walk.map(testClasses::relativize)
                    .map(Path::toString)
                    .filter(f -> f.endsWith("Test.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .sorted()
                    .toList();
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(
                urls(List.of(classes, testClasses)), getClass().getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            List<DiscoverySelector> selectors = new ArrayList<>();
            for (String name : testClassNames) {
                selectors.add(DiscoverySelectors.selectClass(loader.loadClass(name)));
            }
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    .build();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            LauncherFactory.create().execute(request, listener);
            return listener.getSummary();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The summary as text, failures with their stack traces (for assertion messages). */
    static String describe(TestExecutionSummary summary) {
        StringWriter text = new StringWriter();
        summary.printTo(new PrintWriter(text));
        summary.printFailuresTo(new PrintWriter(text), 30);
        return text.toString();
    }

    /**
     * Loads the compiled project with every library in a class loader of its own (as {@code java -cp} or
     * {@code mvn exec:java} would) and calls {@code body} with that loader as the context class loader.
     * Hibernate also looks for services through the system class loader, finds this JVM's other copy of
     * hibernate-hikaricp there and logs a ServiceConfigurationError ("not a subtype") that it then ignores.
     */
    <T> T isolated(IsolatedCall<T> body) throws Exception {
        List<Path> entries = new ArrayList<>(List.of(classes));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry));
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls(entries), ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            // DriverManager registered the JDBC drivers of this JVM's class path once, from the test's class loader,
            // and
            // hands a driver only to code that sees that same class; loading the drivers here registers the project's
            // copies.
            for (String driver : List.of("org.h2.Driver", "org.postgresql.Driver")) {
                Class.forName(driver, true, loader);
            }
            return body.call(loader);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Code run against the isolated project. */
    interface IsolatedCall<T> {
        T call(ClassLoader loader) throws Exception;
    }

    /** The project's own manage command: {@code ManageCommand.execute(<Main>.app(), args)} in {@code loader}. */
    static CommandOutput manage(ClassLoader loader, String mainClass, String... args) throws Exception {
        Object app = loader.loadClass(mainClass).getMethod("app").invoke(null);
        Class<?> manage = loader.loadClass("dev.kunai.app.commands.ManageCommand");
        Class<?> kunaiApp = loader.loadClass("dev.kunai.app.KunaiApp");
        return CommandOutput.capture(() -> {
            try {
                return (Integer)
                        manage.getMethod("execute", kunaiApp, String[].class).invoke(null, app, args);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        });
    }

    private static URL[] urls(List<Path> paths) {
        return paths.stream()
                .map(p -> {
                    try {
                        return p.toUri().toURL();
                    } catch (MalformedURLException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toArray(URL[]::new);
    }
}
