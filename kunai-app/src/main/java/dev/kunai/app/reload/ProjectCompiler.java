package dev.kunai.app.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Brings a project's compiled classes up to date with its sources, as Maven's {@code process-resources} and
 * {@code compile} would: copies {@code src/main/resources} and compiles every source under {@code src/main/java}
 * (release 21, {@code -parameters}) into the classes directory, in this JVM's compiler.
 */
final class ProjectCompiler {

    private final Path sources;
    private final Path resources;
    private final Path classes;
    private final String classPath;

    ProjectCompiler(Path project, Path classes, String classPath) {
        this.sources = project.resolve("src/main/java");
        this.resources = project.resolve("src/main/resources");
        this.classes = classes;
        this.classPath = classPath;
    }

    /** The directories to watch: the sources and, when present, the resources. */
    List<Path> watched() {
        return Files.isDirectory(resources) ? List.of(sources, resources) : List.of(sources);
    }

    /**
     * Copies the resources and compiles the sources; the compiler's errors go to standard error.
     *
     * @return whether the classes are now up to date (false: a compile error, already printed)
     */
    boolean build() {
        copyResources();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            System.err.println("Error: this Java runtime has no compiler (javac); run the server with a JDK 21+.");
            return false;
        }
        List<String> arguments = new ArrayList<>(List.of(
                "--release",
                "21",
                "-parameters",
                "-proc:none",
                "-nowarn",
                "-d",
                classes.toString(),
                "-classpath",
                classPath));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> arguments.add(p.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return javac.run(null, null, null, arguments.toArray(String[]::new)) == 0;
    }

    private void copyResources() {
        if (!Files.isDirectory(resources)) {
            return;
        }
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path target = classes.resolve(resources.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
