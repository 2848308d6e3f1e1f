package dev.kunai.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kunai startproject NAME}: creates a runnable project laid out like {@code examples/books} (Django's startproject). */
@Command(
        name = "startproject",
        mixinStandardHelpOptions = true,
        description = {
            "Creates a new, runnable Kunai project.",
            "It has a Maven build with the wrapper, settings (kunai.properties), a main class (the project's",
            "manage.py: runserver, migrate, makemigrations, showmigrations, openapi), an API with a sample",
            "controller, and a sample test."
        })
final class StartProjectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "the project name (letters, digits, underscores), e.g. mysite")
    String name;

    @Option(
            names = "--package",
            paramLabel = "PACKAGE",
            description = "the base Java package (default: com.example.<name>)")
    Optional<String> basePackage = Optional.empty();

    @Option(
            names = "--directory",
            paramLabel = "DIR",
            description = "where to create the project; must be new or empty (default: ./<name>)")
    Optional<Path> directory = Optional.empty();

    @Override
    public Integer call() throws IOException {
        Names.requireName("project", name);
        String pkg = Names.requirePackage(basePackage.orElse("com.example." + Names.packageSegment(name)));
        Path target = directory.orElse(Path.of(name)).toAbsolutePath().normalize();
        requireNewOrEmpty(target);

        String appClass = Names.className(name) + "App";
        Properties versions = Templates.versions();
        int lastDot = pkg.lastIndexOf('.');
        Map<String, String> values = Map.of(
                "package",
                pkg,
                "groupId",
                lastDot > 0 ? pkg.substring(0, lastDot) : pkg,
                "artifactId",
                name,
                "appClass",
                appClass,
                "title",
                Names.title(name) + " API",
                "kunaiVersion",
                versions.getProperty("kunai.version"),
                "junitVersion",
                versions.getProperty("junit.version"),
                "assertjVersion",
                versions.getProperty("assertj.version"),
                "logbackVersion",
                versions.getProperty("logback.version"));
        String main = "src/main/java/" + pkg.replace('.', '/') + "/";
        String test = "src/test/java/" + pkg.replace('.', '/') + "/";
        Scaffold.under(target)
                .file("pom.xml", Templates.render("project/pom.xml.tmpl", values))
                .executable("mvnw", Templates.render("project/mvnw.tmpl", values))
                .file("mvnw.cmd", Templates.render("project/mvnw.cmd.tmpl", values))
                .file(
                        ".mvn/wrapper/maven-wrapper.properties",
                        Templates.render("project/maven-wrapper.properties.tmpl", values))
                .file(".gitignore", Templates.render("project/gitignore.tmpl", values))
                .file("README.md", Templates.render("project/README.md.tmpl", values))
                .file("src/main/resources/kunai.properties", Templates.render("project/kunai.properties.tmpl", values))
                .file("src/main/resources/logback.xml", Templates.render("project/logback.xml.tmpl", values))
                .file("src/test/resources/logback-test.xml", Templates.render("project/logback-test.xml.tmpl", values))
                .file(main + appClass + ".java", Templates.render("project/App.java.tmpl", values))
                .file(main + "HelloController.java", Templates.render("project/HelloController.java.tmpl", values))
                .file(main + "Greeting.java", Templates.render("project/Greeting.java.tmpl", values))
                .file(
                        test + "HelloControllerTest.java",
                        Templates.render("project/HelloControllerTest.java.tmpl", values))
                .write();

        PrintWriter out = spec.commandLine().getOut();
        out.println("Created project " + name + " in " + target + " (main class " + pkg + "." + appClass + ").");
        out.println("Next:");
        Path here = Path.of("").toAbsolutePath();
        out.println("  cd " + (target.startsWith(here) && !target.equals(here) ? here.relativize(target) : target));
        out.println("  ./mvnw -q compile exec:java      # serve http://127.0.0.1:8000/api/ (docs at /api/docs)");
        out.println("  ./mvnw test                      # run the tests");
        out.println("  kunai startapp notes             # add an app: entity, schemas, controller, test");
        out.flush();
        return 0;
    }

    private static void requireNewOrEmpty(Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            throw new CliException(target + " already exists and is a file");
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new CliException("Directory " + target + " already exists and is not empty");
                }
            }
        }
    }
}
