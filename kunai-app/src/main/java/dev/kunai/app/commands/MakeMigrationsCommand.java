package dev.kunai.app.commands;

import dev.kunai.data.migrate.Migrations;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code makemigrations [name]}: writes the next migration with the DDL that brings the database to the models. */
@Command(
        name = "makemigrations",
        mixinStandardHelpOptions = true,
        description = "Compares the models with the database and writes the next migration file.")
final class MakeMigrationsCommand extends AppCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "a short name for the migration (default: auto)")
    String name;

    @Option(names = "--dir", description = "where migration files go (default: ${DEFAULT-VALUE})")
    Path directory = Migrations.DEFAULT_DIRECTORY;

    @Option(names = "--database", description = "the database name (default: the primary)")
    String database;

    @Override
    public Integer call() {
        try (Migrations migrations = Migrations.of(database(database))) {
            var written = migrations.makeMigrations(directory, name == null ? "auto" : name);
            System.out.println(written.map(p -> "Wrote " + p).orElse("No changes detected."));
        }
        return 0;
    }
}
