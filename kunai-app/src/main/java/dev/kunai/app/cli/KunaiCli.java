package dev.kunai.app.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code kunai} command (Django's {@code django-admin}): {@code startproject NAME} creates a project and
 * {@code startapp NAME} adds an app to one. A project's own commands (runserver, migrate, ...) are its main class.
 */
@Command(
        name = "kunai",
        mixinStandardHelpOptions = true,
        versionProvider = KunaiCli.Version.class,
        description = "Creates Kunai projects and apps. A project's own commands (runserver, migrate,"
                + " makemigrations, showmigrations, openapi) are run through its main class.",
        subcommands = {StartProjectCommand.class, StartAppCommand.class, CommandLine.HelpCommand.class})
public final class KunaiCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private KunaiCli() {}

    /** Runs the command in {@code args} and exits with its status. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command in {@code args} with output to the console; returns its exit status (0 ok, 1 error, 2 bad usage). */
    public static int execute(String... args) {
        Charset charset = Charset.defaultCharset();
        return execute(new PrintWriter(System.out, true, charset), new PrintWriter(System.err, true, charset), args);
    }

    /** Runs the command in {@code args} writing to {@code out} and {@code err}; returns its exit status. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new KunaiCli());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            String message =
                    e instanceof CliException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            cmd.getErr().println("Error: " + message);
            cmd.getErr().flush();
            return 1;
        });
        int status = line.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The version of Kunai the generated projects depend on. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kunai " + Templates.versions().getProperty("kunai.version")};
        }
    }
}
