package dev.kunai.app.commands;

import dev.kunai.app.KunaiApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A project's {@code manage.py}: the commands every Kunai application's main class answers.
 * With no arguments it runs {@code runserver}.
 */
@Command(
        name = "manage",
        mixinStandardHelpOptions = true,
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

    private final KunaiApp app;

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

    /** Parses {@code args} and runs the chosen command; returns its exit status. */
    public static int execute(KunaiApp app, String... args) {
        CommandLine line = new CommandLine(new ManageCommand(app), new Factory(app));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("Error: " + oneLine(e));
            return 1;
        });
        String[] effective = args.length == 0 ? new String[] {"runserver"} : args;
        return line.execute(effective);
    }

    private static String oneLine(Throwable e) {
        Throwable t = e;
        String message = t.getMessage();
        while ((message == null || message.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            message = t.getMessage();
        }
        return message == null
                ? t.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
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
