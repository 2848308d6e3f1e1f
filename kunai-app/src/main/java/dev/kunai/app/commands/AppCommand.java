package dev.kunai.app.commands;

import dev.kunai.app.KunaiApp;
import dev.kunai.data.db.Database;
import java.util.List;

/** Base of the project commands: gives access to the application being managed. */
abstract class AppCommand {

    KunaiApp app;

    /** The database called {@code name} (or the primary when empty); fails with a clear message otherwise. */
    Database database(String name) {
        List<Database> all = app.databases();
        if (all.isEmpty()) {
            throw new IllegalStateException("This project has no database configured: add an app with entities"
                    + " (kunai startapp NAME turns the database on) or call app.database(...) in the main class");
        }
        if (name == null || name.isEmpty()) {
            return all.stream()
                    .filter(d -> d.name().equals(Database.DEFAULT))
                    .findFirst()
                    .orElse(all.get(0));
        }
        return all.stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No database named '" + name + "'"));
    }
}
