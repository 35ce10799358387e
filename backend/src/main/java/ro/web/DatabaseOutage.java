package ro.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Whether a failure is the database being out of reach (down, restarting, or no connection free
 * within the pool's acquisition timeout) rather than a fault of the request or of the API: such a
 * request is answered 503 with {@code Retry-After}, and the API recovers by itself once the database
 * is back (README, "Running several instances").
 */
final class DatabaseOutage {

    /** Seconds a client should wait before retrying: about the time PostgreSQL takes to come back. */
    static final long RETRY_AFTER_SECONDS = 5;

    /** Agroal's message when no connection could be had in time (it carries no SQL state). */
    private static final String NO_CONNECTION_IN_TIME = "acquisition timeout";

    private DatabaseOutage() {
    }

    /** True when the failure or one of its causes says the database cannot be reached. */
    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (unreachable(sql.getSQLState())
                    || String.valueOf(sql.getMessage()).contains(NO_CONNECTION_IN_TIME))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL states of a database out of reach: class 08 (connection exception), 57P01 to 57P03 (the server
     * shuts down, crashed, or cannot take connections yet).
     */
    static boolean unreachable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03"));
    }
}
