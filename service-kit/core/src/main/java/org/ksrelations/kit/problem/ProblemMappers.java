package org.ksrelations.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error leaves an application as problem+json of the catalogue ({@link ProblemType}); no stack trace ever
 * reaches a client. Database errors are mapped by the kit's data part ({@code DatabaseProblemMappers}).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response problem(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return problem(type, detail, uri == null ? null : uri.getRequestUri().getRawPath(), errors);
    }

    public static Response problem(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, detail, instance, errors))
                .build();
    }

    /** 503 with Retry-After: the database or a service behind the gateway cannot answer now. */
    public static Response unavailable(ProblemType type, String detail, String instance) {
        return Response.fromResponse(problem(type, detail, instance, null))
                .header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    @ServerExceptionMapper
    public Response problemException(ProblemException e, UriInfo uri) {
        return problem(e.type(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return problem(ProblemType.INTERNAL, "the request could not be completed", uri, null);
        }
        if (Response.Status.Family.familyOf(status) != Response.Status.Family.CLIENT_ERROR) {
            return e.getResponse();
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException jpe) {
                // a body that JAX-RS could not read as JSON: the same answer as a PATCH body that does not parse
                return json(jpe, uri);
            }
        }
        ProblemType type = ProblemType.forStatus(status).orElse(ProblemType.BAD_REQUEST);
        String detail = switch (status) {
            case 404 -> "no resource at this path";
            case 405 -> "method not allowed on this resource";
            case 406 -> "cannot produce the requested media type";
            case 415 -> "unsupported content type; send application/json";
            default -> safeMessage(e);
        };
        Response.ResponseBuilder rb = Response.fromResponse(problem(type, detail, uri, null)).status(status);
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
        return problem(ProblemType.MALFORMED_BODY, detail, uri, errors);
    }

    /** Wins over the Jackson extension's own mapper, so that a wrong type or enum value names the field. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    /** What the field should hold, in words: Jackson's own message names Java types and exceptions. */
    static String expected(JsonMappingException e) {
        if (e instanceof InvalidFormatException ife && ife.getValue() instanceof String s && s.indexOf('\0') >= 0) {
            return "must not contain NUL characters";
        }
        Class<?> t = e instanceof MismatchedInputException mie ? mie.getTargetType() : null;
        if (t == null) {
            return "has the wrong type or an invalid value";
        }
        if (t.isEnum()) {
            return "must be one of " + Arrays.stream(t.getEnumConstants())
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

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean body = false;
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            body |= hasPropertyNode(v.getPropertyPath());
            errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        if (!body && errors.size() == 1) {
            // a constraint on a query or path parameter reads like any other bad parameter
            Problem.FieldError only = errors.get(0);
            return problemException(ProblemException.badParam(only.field(), only.message()), uri);
        }
        ProblemType type = body ? ProblemType.VALIDATION : ProblemType.INVALID_PARAMETER;
        return problem(type, errors.size() + " field(s) are invalid", uri, errors);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        LOG.warn("validation setup error", e);
        return problem(ProblemType.BAD_REQUEST, "the request could not be validated", uri, null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(problem(ProblemType.UNAUTHORIZED, "this operation needs a bearer token", uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return Response.fromResponse(problem(ProblemType.UNAUTHORIZED, "the bearer token is invalid or expired", uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ProblemType.FORBIDDEN, "this operation needs the group 'editor'", uri, null);
    }

    /**
     * A body that cannot be read: a chunked body over the limit (RESTEasy Reactive has then answered the bare 413
     * itself, and this answer is not sent) or a client that went away. Not a server error, so no stack trace in the log.
     */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, UriInfo uri) {
        if ("Request too large".equals(e.getMessage())) {
            return problem(ProblemType.PAYLOAD_TOO_LARGE, "the request body is larger than the limit", uri, null);
        }
        LOG.debugf("request body could not be read: %s", e.toString());
        return problem(ProblemType.BAD_REQUEST, "the request body could not be read", uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseErrors.isConnectionFailure(e)) {
            return DatabaseErrors.unavailable(e, uri);
        }
        if (e instanceof IllegalArgumentException iae && iae.getMessage() != null
                && iae.getMessage().contains("invalid input")) {
            return problem(ProblemType.BAD_REQUEST, "invalid input", uri, null);
        }
        LOG.error("unexpected error", e);
        return problem(ProblemType.INTERNAL, "the request could not be completed", uri, null);
    }

    static String fieldName(Path path) {
        List<String> parts = new ArrayList<>();
        boolean property = hasPropertyNode(path);
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind != ElementKind.PARAMETER && kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (kind == ElementKind.PARAMETER && property) {
                continue;
            }
            String name = node.getName();
            boolean anonymous = name == null || name.startsWith("<");
            if (!parts.isEmpty() && node.getIndex() != null) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            } else if (!parts.isEmpty() && anonymous && node.getKey() != null) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "." + node.getKey());
            }
            if (!anonymous) {
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
        int nl = m.indexOf('\n');
        String line = nl < 0 ? m : m.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
