package dev.kunai.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kunai startapp NAME}: adds an app package (entity, schemas, controller, test) to a project (Django's startapp). */
@Command(
        name = "startapp",
        mixinStandardHelpOptions = true,
        description = {
            "Adds an app (entity, schemas, controller, test) to a Kunai project.",
            "The app is the package <base package>.<name>: an entity, its ModelSchema and create schema,",
            "a controller (GET list, POST create) and a test. The controller is registered in the project's",
            "main class when that class has the shape startproject writes; otherwise the lines to add are printed."
        })
final class StartAppCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "NAME",
            description = "the app name, usually plural (letters, digits, underscores), e.g. notes")
    String name;

    @Option(
            names = "--directory",
            paramLabel = "PROJECT_DIR",
            description = "the project (default: the current directory)")
    Path directory = Path.of(".");

    @Option(
            names = "--model",
            paramLabel = "CLASS",
            description = "the entity class name (default: from NAME, notes -> Note)")
    Optional<String> model = Optional.empty();

    @Option(names = "--no-register", description = "leave the main class alone; print the lines to add instead")
    boolean noRegister;

    @Override
    public Integer call() throws IOException {
        Names.requireName("app", name);
        String modelClass = Names.requireModel(model.orElse(Names.model(name)));
        ProjectLayout project = ProjectLayout.of(directory.toAbsolutePath().normalize());
        String base = project.basePackage();
        String pkg = (base.isEmpty() ? "" : base + ".") + Names.packageSegment(name);
        Path appSources = project.root().resolve("src/main/java/" + pkg.replace('.', '/'));
        if (Files.exists(appSources)) {
            throw new CliException("App '" + name + "' already exists at " + appSources);
        }

        String lower = Character.toLowerCase(modelClass.charAt(0)) + modelClass.substring(1);
        Map<String, String> values = Map.of(
                "package", pkg,
                "appName", name,
                "model", modelClass,
                "modelLower", lower,
                "modelPlural", name.replace('_', ' ').toLowerCase(Locale.ROOT),
                "tag", Names.title(name),
                "path", name.toLowerCase(Locale.ROOT));
        String main = "src/main/java/" + pkg.replace('.', '/') + "/";
        String test = "src/test/java/" + pkg.replace('.', '/') + "/";
        Scaffold.under(project.root())
                .file(main + modelClass + ".java", Templates.render("app/Entity.java.tmpl", values))
                .file(main + modelClass + "Schema.java", Templates.render("app/Schema.java.tmpl", values))
                .file(main + modelClass + "CreateSchema.java", Templates.render("app/CreateSchema.java.tmpl", values))
                .file(main + modelClass + "Controller.java", Templates.render("app/Controller.java.tmpl", values))
                .file(
                        test + modelClass + "ControllerTest.java",
                        Templates.render("app/ControllerTest.java.tmpl", values))
                .write();

        PrintWriter out = spec.commandLine().getOut();
        out.println("Created app " + name + " in package " + pkg + " (" + modelClass + ", " + modelClass + "Schema, "
                + modelClass + "CreateSchema, " + modelClass + "Controller, " + modelClass + "ControllerTest).");
        register(project, pkg + "." + modelClass + "Controller", out);
        out.println("Next: create the table with the project's makemigrations and migrate commands:");
        out.println("  ./mvnw -q compile exec:java -Dexec.args=makemigrations");
        out.println("  ./mvnw -q compile exec:java -Dexec.args=migrate");
        out.flush();
        return 0;
    }

    private void register(ProjectLayout project, String controller, PrintWriter out) throws IOException {
        String file = project.mainSource().getFileName().toString();
        String source = Files.readString(project.mainSource());
        MainClassEditor.Result result = MainClassEditor.register(source, controller, project.basePackage());
        if (noRegister) {
            out.println(
                    result.steps().isEmpty()
                            ? file + " needs no change."
                            : "Left " + file + " unchanged, as asked; in it:");
            result.steps().forEach(step -> out.println("  - " + step));
            return;
        }
        if (!result.source().equals(source)) {
            Path temporary = project.mainSource().resolveSibling(file + ".kunai-tmp");
            Files.writeString(temporary, result.source());
            Files.move(
                    temporary,
                    project.mainSource(),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        result.done().forEach(step -> out.println(file + ": " + step + "."));
        if (!result.todo().isEmpty()) {
            out.println(file + " does not have the shape startproject writes, so it was not changed there; by hand:");
            result.todo().forEach(step -> out.println("  - " + step));
        }
    }
}
