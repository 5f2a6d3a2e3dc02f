package org.ksrelations.kit.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Telling "the database cannot be reached" apart from other errors with JDBC's own types only (SQLSTATE class 08,
 * 57P01-03, the pool's acquisition timeout), so that the kit's core, which has no Hibernate, answers it 503 too.
 */
public final class DatabaseErrors {

    private static final Logger LOG = Logger.getLogger(DatabaseErrors.class);

    private DatabaseErrors() {
    }

    /** Whether {@code e} or one of its causes says that the database cannot be reached. */
    public static boolean isConnectionFailure(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // class 08: connection exception; 57P01-03: the server is shutting down, crashed or still starting
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                String m = sql.getMessage();
                if (m != null && (m.contains("cquisition timeout") || m.contains("pool is shutting down"))) {
                    return true; // Agroal: no connection within the acquisition timeout, or closing
                }
            }
        }
        return false;
    }

    /** 503 with Retry-After; the transaction was rolled back, so nothing of a write is applied. */
    public static Response unavailable(Throwable e, UriInfo uri) {
        LOG.warnf("database unavailable: %s", e.toString());
        return ProblemMappers.unavailable(ProblemType.DATABASE_UNAVAILABLE,
                "the database is not reachable; try again shortly", uri == null ? null : uri.getRequestUri().getRawPath());
    }
}
