package dev.kunai.data.db;

import dev.kunai.http.HttpError;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * The database cannot be reached (no connection within the connect timeout, connection refused or lost):
 * answered as 503 {@code {"detail": "Database unavailable"}}. {@link Db} throws it in place of the driver's
 * exception; the transaction was rolled back, or never began.
 */
public final class DatabaseUnavailableException extends HttpError {

    private DatabaseUnavailableException() {
        super(503, "Database unavailable");
    }

    /** The 503 for a request that needed the database while it was unreachable. */
    public static DatabaseUnavailableException create() {
        return new DatabaseUnavailableException();
    }

    /** Whether {@code failure} (or a cause) says the database could not be reached or the connection broke. */
    // A cause chain ends where getCause() is null or the throwable itself: identity is what is compared.
    @SuppressWarnings("ReferenceEquality")
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01..57P03: the server is shutting down or not accepting connections.
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
