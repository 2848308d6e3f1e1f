package dev.kunai.app.commands;

import dev.kunai.data.db.DatabaseException;
import java.net.BindException;
import java.util.Optional;

/**
 * Turns a failure of a project command into the one line the user sees after {@code Error: }: what went wrong
 * and the command or setting to try next. Stack traces are shown only with {@code --debug}.
 */
final class CommandErrors {

    private CommandErrors() {}

    /** The message for {@code failure}, without the {@code Error: } prefix; one line. */
    static String describe(Throwable failure) {
        return busyPort(failure)
                .or(() -> lockedDatabase(failure))
                .orElseGet(() -> expected(failure)
                        ? firstLine(failure)
                        : firstLine(failure) + " (run the command again with --debug to see the stack trace)");
    }

    /** Kunai's own one-line failures, which already say what to do. */
    private static boolean expected(Throwable failure) {
        return failure instanceof DatabaseException || failure instanceof IllegalStateException;
    }

    private static Optional<String> busyPort(Throwable failure) {
        return cause(failure, BindException.class)
                .map(e -> "the address is already in use (" + firstLine(failure) + "): another server (an earlier"
                        + " runserver?) holds the port. Stop it, or pick another port: runserver 8001"
                        + " (or SERVER_PORT=8001).");
    }

    private static Optional<String> lockedDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("90020") || message.contains("Database may be already in use")) {
                return Optional.of("the embedded database is in use by another process (an earlier runserver?)."
                        + " Stop that process, or point DATABASE_URL at another database.");
            }
        }
        return Optional.empty();
    }

    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** The first line of the first non-blank message along the cause chain (else the exception's name). */
    static String firstLine(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank()) {
                return message.lines().findFirst().orElse(message).strip();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
