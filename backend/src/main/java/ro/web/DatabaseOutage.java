package ro.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

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

    /**
     * True when the failure, one of its causes, or one of the exceptions suppressed along the way says the
     * database cannot be reached. A commit cut off by the server's shutdown reaches us as Narayana's
     * {@code RollbackException} with the driver's error only among its suppressed exceptions.
     */
    static boolean causes(Throwable failure) {
        return causes(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean causes(Throwable failure, Set<Throwable> seen) {
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (unreachable(cause)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (causes(suppressed, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean unreachable(Throwable cause) {
        return cause instanceof ConnectException || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                || cause instanceof org.hibernate.exception.JDBCConnectionException
                || cause instanceof SQLException sql && (unreachable(sql.getSQLState())
                        || String.valueOf(sql.getMessage()).contains(NO_CONNECTION_IN_TIME));
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
