package dev.kunai.app.commands;

import dev.kunai.data.migrate.Migrations;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate}: applies pending migrations (Flyway) to a database. */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Applies pending migrations.")
final class MigrateCommand extends AppCommand implements Callable<Integer> {

    @Option(names = "--database", description = "the database name (default: the primary)")
    String database;

    @Override
    public Integer call() {
        try (Migrations migrations = Migrations.of(database(database))) {
            int applied = migrations.migrate();
            System.out.println(applied == 0 ? "No migrations to apply." : "Applied " + applied + " migration(s).");
        }
        return 0;
    }
}
