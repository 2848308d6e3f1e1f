package dev.kunai.app.commands;

import dev.kunai.data.migrate.MigrationState;
import dev.kunai.data.migrate.Migrations;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code showmigrations}: lists migrations and whether each is applied. */
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
            for (MigrationState state : states) {
                System.out.println(state);
            }
        }
        return 0;
    }
}
