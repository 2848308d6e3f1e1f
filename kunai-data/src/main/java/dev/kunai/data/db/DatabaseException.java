package dev.kunai.data.db;

/**
 * A database configuration or connection problem, with a one-line message that says what is wrong and what
 * to do. It carries no stack trace of its own, so a failed start-up prints one readable line.
 */
public final class DatabaseException extends RuntimeException {

    private DatabaseException(String message) {
        super(message, null, false, false);
    }

    /** A problem described by {@code message}. */
    public static DatabaseException of(String message) {
        return new DatabaseException(message);
    }
}
