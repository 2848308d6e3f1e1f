package dev.kunai.app.commands;

import dev.kunai.app.KunaiApp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A project's {@code manage.py}: the commands every Kunai application's main class answers.
 * With no arguments it runs {@code runserver}. A failure prints one {@code Error: ...} line saying what to do
 * next and exits with status 1; {@code --debug} (anywhere in the arguments) prints the stack trace as well.
 */
@Command(
        name = "manage",
        mixinStandardHelpOptions = true,
        versionProvider = ManageCommand.Version.class,
        description = "Runs a Kunai project's commands.",
        subcommands = {
            RunServerCommand.class,
            MigrateCommand.class,
            MakeMigrationsCommand.class,
            ShowMigrationsCommand.class,
            OpenApiCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ManageCommand implements Runnable {

    private static final String DEBUG = "--debug";

    private final KunaiApp app;

    /**
     * Listed in the usage so that users find it; {@link #execute} takes {@code --debug} out of the arguments
     * wherever it stands (before or after the command) before picocli parses them.
     */
    @CommandLine.Option(
            names = DEBUG,
            description = "Print the stack trace of a failure after its Error: line (anywhere in the arguments).")
    @SuppressWarnings("unused") // read by execute() from the raw arguments, see above
    private boolean debug;

    ManageCommand(KunaiApp app) {
        this.app = app;
    }

    /** The application the commands act on. */
    KunaiApp app() {
        return app;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /**
     * Parses {@code args} and runs the chosen command; returns its exit status (0 done, 1 failed, 2 bad usage).
     * One argument holding spaces ({@code "runserver 8001"}, as {@code -Dexec.args} or a Maven property passes
     * it) is split into words.
     */
    public static int execute(KunaiApp app, String... args) {
        List<String> words = words(args);
        boolean debug = words.remove(DEBUG);
        CommandLine line = new CommandLine(new ManageCommand(app), new Factory(app));
        for (ProjectCommand extra : java.util.ServiceLoader.load(ProjectCommand.class)) {
            line.addSubcommand(extra.name(), extra.create(app));
        }
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (debug) {
                e.printStackTrace(cmd.getErr());
            }
            cmd.getErr().println("Error: " + CommandErrors.describe(e));
            cmd.getErr().flush();
            return 1;
        });
        if (words.isEmpty()) {
            words.add("runserver");
        }
        return line.execute(words.toArray(String[]::new));
    }

    private static List<String> words(String... args) {
        if (args.length == 1 && args[0].strip().contains(" ")) {
            return new ArrayList<>(Arrays.asList(args[0].strip().split("\\s+")));
        }
        return new ArrayList<>(Arrays.asList(args));
    }

    /** The Kunai version this project runs on ({@code --version}). */
    static String kunaiVersion() {
        Properties versions = new Properties();
        try (InputStream in = ManageCommand.class.getResourceAsStream("/dev/kunai/app/templates/versions.properties")) {
            if (in != null) {
                versions.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions.getProperty("kunai.version", "unknown");
    }

    /** {@code --version}: the Kunai version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "Kunai " + kunaiVersion() + " (Java " + Runtime.version().feature() + ")"
            };
        }
    }

    /** Creates subcommands with the application injected. */
    private record Factory(KunaiApp app) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (AppCommand.class.isAssignableFrom(type)) {
                K command = CommandLine.defaultFactory().create(type);
                ((AppCommand) command).app = app;
                return command;
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
