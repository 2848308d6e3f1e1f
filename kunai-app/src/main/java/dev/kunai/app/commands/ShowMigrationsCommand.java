package dev.kunai.app.commands;

import dev.kunai.data.migrate.MigrationState;
import dev.kunai.data.migrate.Migrations;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code showmigrations}: lists migrations and whether each is applied, as Django does: {@code [X] V1__initial}
 * when applied, {@code [ ] V2__add_notes} when pending, and Flyway's state in brackets when it is anything else.
 */
@Command(name = "showmigrations", mixinStandardHelpOptions = true, description = "Lists migrations and their state.")
final class ShowMigrationsCommand extends AppCommand implements Callable<Integer> {

    @Option(names = "--database", description = "the database name (default: the primary)")
    String database;

    @Override
    public Integer call() {
        try (Migrations migrations = Migrations.of(database(database))) {
            var states = migrations.show();
            if (states.isEmpty()) {
                System.out.println("No migrations.");
            }
            states.forEach(state -> System.out.println(line(state)));
        }
        return 0;
    }

    /** One migration's line: {@code [X] V1__initial}. */
    static String line(MigrationState state) {
        String script = state.script().substring(state.script().lastIndexOf('/') + 1);
        String name = script.replaceFirst("\\.sql$", "");
        String unusual = state.applied() || state.state().equalsIgnoreCase("Pending") ? "" : " (" + state.state() + ")";
        return (state.applied() ? "[X] " : "[ ] ") + name + unusual;
    }
}
