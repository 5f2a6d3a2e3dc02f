package org.ksrelations.recognition.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Every error leaves the service as problem+json; no stack trace ever reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response problem(int status, String type, String title, String detail, UriInfo uri,
                                   List<Problem.FieldError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + type, title, status, detail, instance, errors))
                .build();
    }

    @ServerExceptionMapper
    public Response problemException(ProblemException e, UriInfo uri) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return problem(status, "internal", "Internal error", "the request could not be completed", uri, null);
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family != Response.Status.Family.CLIENT_ERROR) {
            return e.getResponse();
        }
        Response.StatusType st = Response.Status.fromStatusCode(status);
        String title = st == null ? "Client error" : st.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no resource at this path";
            case 405 -> "method not allowed on this resource";
            case 406 -> "cannot produce the requested media type";
            case 415 -> "unsupported content type; send application/json";
            default -> safeMessage(e);
        };
        Response.ResponseBuilder rb = Response.fromResponse(problem(status, slug(title), title, detail, uri, null));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            rb.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return rb.build();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String detail = "malformed JSON body";
        List<Problem.FieldError> errors = null;
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            String field = jme.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            detail = "a field has the wrong type or an unknown value";
            errors = List.of(new Problem.FieldError(field, expected(jme)));
        }
        return problem(400, "malformed-body", "Malformed request body", detail, uri, errors);
    }

    /** What the field should hold, in words: Jackson's own message names Java types and exceptions. */
    static String expected(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException ife
                && ife.getValue() instanceof String s && s.indexOf('\0') >= 0) {
            return "must not contain NUL characters";
        }
        Class<?> t = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mie ? mie.getTargetType() : null;
        if (t == null) {
            return "has the wrong type or an invalid value";
        }
        if (t.isEnum()) {
            return "must be one of " + java.util.Arrays.stream(t.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        }
        if (t == java.time.LocalDate.class) {
            return "must be an ISO-8601 date (YYYY-MM-DD)";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(t)) {
            return "must be an ISO-8601 timestamp";
        }
        if (t == String.class || t == Character.class) {
            return "must be a string";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(t) || (t.isPrimitive() && t != void.class)) {
            return "must be a number";
        }
        if (java.util.Collection.class.isAssignableFrom(t) || t.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }

    /** Jackson's mismatched input (a wrong type or unknown enum value in a body): 400 naming the field. */
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean body = false;
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String field = fieldName(v.getPropertyPath());
            body |= hasPropertyNode(v.getPropertyPath());
            errors.add(new Problem.FieldError(field, v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        int status = body ? 422 : 400;
        return problem(status, "validation", "Invalid request", errors.size() + " field(s) are invalid", uri, errors);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        LOG.warn("validation setup error", e);
        return problem(400, "validation", "Invalid request", "the request could not be validated", uri, null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", "Unauthorized",
                        "this operation needs a bearer token", uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", "Unauthorized",
                        "the bearer token is invalid or expired", uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", "this operation needs the group 'editor'", uri, null);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return problem(412, "precondition-failed", "Precondition failed",
                "the record was changed by someone else; fetch it again", uri, null);
    }

    /**
     * The database cannot be reached (stopped, restarting, refusing connections, or no pooled connection free within
     * the acquisition timeout): 503 with Retry-After, never a 500. The transaction is rolled back, so nothing of the
     * write is applied.
     */
    @ServerExceptionMapper
    public Response databaseUnavailable(org.hibernate.exception.JDBCConnectionException e, UriInfo uri) {
        return unavailable(e, uri);
    }

    static Response unavailable(Throwable e, UriInfo uri) {
        LOG.warnf("database unavailable: %s", e.toString());
        return Response.fromResponse(problem(503, "database-unavailable", "Service unavailable",
                        "the database is not reachable; try again shortly", uri, null))
                .header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    /** Whether {@code e} or one of its causes says that the database cannot be reached. */
    static boolean isConnectionFailure(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 20; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            String state = t instanceof java.sql.SQLException sql ? sql.getSQLState()
                    : t instanceof org.hibernate.JDBCException jdbc ? jdbc.getSQLState() : null;
            // class 08: connection exception; 57P01-03: the server is shutting down, crashed or still starting
            if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                return true;
            }
            String m = t instanceof java.sql.SQLException ? t.getMessage() : null;
            if (m != null && (m.contains("cquisition timeout") || m.contains("pool is shutting down"))) {
                return true; // Agroal: no connection within the acquisition timeout, or closing
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (isConnectionFailure(e)) {
            return unavailable(e, uri);
        }
        Throwable t = e;
        while (t != null) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve
                    && "23505".equals(cve.getSQLState())) {
                return problem(409, "conflict", "Conflict", "a record with this identifier exists already", uri, null);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return stale((RuntimeException) t, uri);
            }
            t = t.getCause();
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isConnectionFailure(e)) {
            return unavailable(e, uri);
        }
        if (e instanceof IllegalArgumentException iae && iae.getMessage() != null
                && iae.getMessage().contains("invalid input")) {
            return problem(400, "bad-request", "Bad request", "invalid input", uri, null);
        }
        LOG.error("unexpected error", e);
        return problem(500, "internal", "Internal error", "the request could not be completed", uri, null);
    }

    private static String fieldName(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.PROPERTY
                    || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getKind() == ElementKind.PARAMETER && hasPropertyNode(path)) {
                    continue;
                }
                String name = node.getName();
                if (name == null || name.startsWith("<")) {
                    continue;
                }
                if (node.getIndex() != null && !parts.isEmpty()) {
                    int last = parts.size() - 1;
                    parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
                }
                parts.add(name);
            }
        }
        return parts.isEmpty() ? "request" : String.join(".", parts);
    }

    private static boolean hasPropertyNode(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                return true;
            }
        }
        return false;
    }

    private static String safeMessage(WebApplicationException e) {
        String m = e.getMessage();
        if (m == null || m.startsWith("HTTP ") || m.length() > 300) {
            return "the request is not valid";
        }
        return firstLine(m);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
