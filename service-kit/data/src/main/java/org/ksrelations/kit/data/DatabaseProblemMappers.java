package org.ksrelations.kit.data;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.ksrelations.kit.problem.DatabaseErrors;
import org.ksrelations.kit.problem.ProblemMappers;
import org.ksrelations.kit.problem.ProblemType;

/**
 * Database errors as problems: a unique violation is a 409, a version that moved under a write a 412, a database that
 * cannot be reached (stopped, restarting, no pooled connection within the acquisition timeout) a 503 with
 * Retry-After — never a 500. The transaction is rolled back, so nothing of the write is applied.
 */
public class DatabaseProblemMappers {

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return ProblemMappers.problem(ProblemType.PRECONDITION_FAILED,
                "the record was changed by someone else; fetch it again", uri, null);
    }

    @ServerExceptionMapper
    public Response databaseUnavailable(JDBCConnectionException e, UriInfo uri) {
        return DatabaseErrors.unavailable(e, uri);
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (DatabaseErrors.isConnectionFailure(e)) {
            return DatabaseErrors.unavailable(e, uri);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve && "23505".equals(cve.getSQLState())) {
                return ProblemMappers.problem(ProblemType.CONFLICT, "a record with this identifier exists already", uri, null);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return stale((RuntimeException) t, uri);
            }
        }
        return new ProblemMappers().unexpected(e, uri);
    }
}
