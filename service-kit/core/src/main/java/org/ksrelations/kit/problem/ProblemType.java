package org.ksrelations.kit.problem;

import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue of problem types: every problem+json answer of every application has one of these {@code type}s, with
 * this {@code title} and {@code status}. The {@code detail} says what went wrong with the request at hand;
 * {@code errors[]} (where the shape says so) names each field or parameter as the client wrote it ({@code limit},
 * {@code summary.en}, {@code sources[0].url}).
 */
public enum ProblemType {

    INVALID_PARAMETER(400, "Invalid parameter",
            "A query, path or header parameter has a value the API does not accept (limit out of range, a date that is"
                    + " not ISO-8601, an unknown enum value, a cursor this API did not issue).",
            "one entry: the parameter's name and what it must be"),
    MALFORMED_BODY(400, "Malformed request body",
            "The body is not JSON, or a field has the wrong JSON type or an unknown enum value.",
            "one entry naming the field, when Jackson can tell which; none for JSON that does not parse"),
    BAD_REQUEST(400, "Bad request", "The request cannot be read at all: a body that cannot be read, an invalid URL.",
            "none"),
    UNAUTHORIZED(401, "Unauthorized",
            "A write without a bearer token, or with one that is expired, badly signed or not a JWT.", "none"),
    FORBIDDEN(403, "Forbidden", "A write with a valid token that is not in the group 'editor'.", "none"),
    NOT_FOUND(404, "Not found", "No record with this identifier, or no resource at this path.", "none"),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "The resource exists but not with this method (see Allow).", "none"),
    NOT_ACCEPTABLE(406, "Not acceptable", "None of the media types in Accept can be produced.", "none"),
    CONFLICT(409, "Conflict", "A create with an identifier that exists already.", "none"),
    PRECONDITION_FAILED(412, "Precondition failed",
            "If-Match names a version that is not the record's current one: someone changed it since it was read.",
            "none"),
    PAYLOAD_TOO_LARGE(413, "Payload too large", "The request body is larger than the limit (1 MB).", "none"),
    URI_TOO_LONG(414, "URI too long", "The request line is longer than the limit (16 KiB).", "none"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type",
            "A body without Content-Type, or with one other than application/json (merge-patch+json for PATCH).",
            "none"),
    VALIDATION(422, "Invalid request", "The body is JSON of the right shape but breaks a rule (a missing title, a"
            + " date precision that does not fit the date, a URL that is not http(s)).",
            "one entry per broken rule: the field's path and the rule"),
    PRECONDITION_REQUIRED(428, "Precondition required", "A write without If-Match.", "none"),
    TOO_MANY_REQUESTS(429, "Too many requests",
            "This client sent more requests per second than the public edge allows (answered by the edge in front of the"
                    + " gateway, counted per client address); retry after Retry-After seconds.", "none"),
    HEADERS_TOO_LARGE(431, "Request header fields too large", "The request headers are larger than the limit (20 KiB).",
            "none"),
    INTERNAL(500, "Internal error",
            "An unexpected error; it is logged with the request id (X-Request-Id), never shown with a stack trace.",
            "none"),
    SERVICE_UNAVAILABLE(503, "Service unavailable",
            "The gateway could not get an answer from the service behind this route (down, timed out, or its circuit"
                    + " breaker open); retry after Retry-After seconds.", "none"),
    DATABASE_UNAVAILABLE(503, "Service unavailable",
            "The service's database cannot be reached; nothing was changed; retry after Retry-After seconds.", "none");

    /** Where the type URIs live; each type's URI is this plus {@link #slug()}. */
    public static final String BASE = "https://ksrelations.org/problems/";

    private final int status;
    private final String title;
    private final String usedWhen;
    private final String errorsShape;

    ProblemType(int status, String title, String usedWhen, String errorsShape) {
        this.status = status;
        this.title = title;
        this.usedWhen = usedWhen;
        this.errorsShape = errorsShape;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** When the API answers with this type. */
    public String usedWhen() {
        return usedWhen;
    }

    /** What {@code errors[]} holds for this type. */
    public String errorsShape() {
        return errorsShape;
    }

    /** The last segment of the type URI: {@code invalid-parameter}. */
    public String slug() {
        return switch (this) {
            case VALIDATION -> "validation";
            case INTERNAL -> "internal";
            default -> name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
    }

    public String uri() {
        return BASE + slug();
    }

    /**
     * A typical answer of this type, as a client receives it (the details are the kit's own wording where
     * {@link ProblemException} has one).
     */
    public Problem example() {
        return switch (this) {
            case INVALID_PARAMETER -> Problem.of(this, "parameter 'limit' is invalid", "/api/v1/events",
                    java.util.List.of(new Problem.FieldError("limit", "must be between 1 and 500")));
            case MALFORMED_BODY -> Problem.of(this, "a field has the wrong type or an unknown value", "/api/v1/events",
                    java.util.List.of(new Problem.FieldError("category", "must be one of the allowed values")));
            case BAD_REQUEST -> Problem.of(this, "the request cannot be read", "/api/v1/events", null);
            case UNAUTHORIZED -> Problem.of(this, "this operation needs a bearer token", "/api/v1/events", null);
            case FORBIDDEN -> Problem.of(this, "this operation needs the group 'editor'", "/api/v1/events", null);
            case NOT_FOUND -> Problem.of(this, "event 'no-such-event' does not exist", "/api/v1/events/no-such-event", null);
            case METHOD_NOT_ALLOWED -> Problem.of(this, "DELETE is not allowed here", "/api/v1/events/categories", null);
            case NOT_ACCEPTABLE -> Problem.of(this, "none of the media types in Accept can be produced", "/api/v1/events", null);
            case CONFLICT -> Problem.of(this, "event '2013-04-19-brussels-agreement-reached' exists already",
                    "/api/v1/events", null);
            case PRECONDITION_FAILED -> Problem.of(this,
                    "event '2013-04-19-brussels-agreement-reached' has changed since version 3 (now 4)",
                    "/api/v1/events/2013-04-19-brussels-agreement-reached", null);
            case PAYLOAD_TOO_LARGE -> Problem.of(this, "the body is larger than 1 MB", "/api/v1/events", null);
            case URI_TOO_LONG -> Problem.of(this, "the request line is longer than 16 KiB", "/api/v1/events", null);
            case UNSUPPORTED_MEDIA_TYPE -> Problem.of(this, "Content-Type must be application/json", "/api/v1/events", null);
            case VALIDATION -> Problem.of(this, "2 field(s) are invalid", "/api/v1/events", java.util.List.of(
                    new Problem.FieldError("title.en", "must not be blank"),
                    new Problem.FieldError("sources[0].url", "must be an http(s) URL")));
            case PRECONDITION_REQUIRED -> Problem.of(this, "send If-Match with the ETag of the version you are changing",
                    "/api/v1/events/2013-04-19-brussels-agreement-reached", null);
            case TOO_MANY_REQUESTS -> Problem.of(this,
                    "This client sent more than 50 requests in one second. Retry after the time in Retry-After.",
                    "/api/v1/events", null);
            case HEADERS_TOO_LARGE -> Problem.of(this, "the request headers are larger than 20 KiB", "/api/v1/events", null);
            case INTERNAL -> Problem.of(this, "the request could not be completed", "/api/v1/events", null);
            case SERVICE_UNAVAILABLE -> Problem.of(this, "the recognition service is not answering; try again shortly",
                    "/api/v1/states", null);
            case DATABASE_UNAVAILABLE -> Problem.of(this, "the database is not reachable; try again shortly",
                    "/api/v1/events", null);
        };
    }

    /** The type for a slug of its URI ({@code invalid-parameter}), if there is one. */
    public static Optional<ProblemType> bySlug(String slug) {
        for (ProblemType t : values()) {
            if (t.slug().equals(slug)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type for an HTTP client-error status that the HTTP layer or JAX-RS answered itself. */
    public static Optional<ProblemType> forStatus(int status) {
        return switch (status) {
            case 400 -> Optional.of(BAD_REQUEST);
            case 401 -> Optional.of(UNAUTHORIZED);
            case 403 -> Optional.of(FORBIDDEN);
            case 404 -> Optional.of(NOT_FOUND);
            case 405 -> Optional.of(METHOD_NOT_ALLOWED);
            case 406 -> Optional.of(NOT_ACCEPTABLE);
            case 409 -> Optional.of(CONFLICT);
            case 412 -> Optional.of(PRECONDITION_FAILED);
            case 413 -> Optional.of(PAYLOAD_TOO_LARGE);
            case 414 -> Optional.of(URI_TOO_LONG);
            case 415 -> Optional.of(UNSUPPORTED_MEDIA_TYPE);
            case 422 -> Optional.of(VALIDATION);
            case 428 -> Optional.of(PRECONDITION_REQUIRED);
            case 429 -> Optional.of(TOO_MANY_REQUESTS);
            case 431 -> Optional.of(HEADERS_TOO_LARGE);
            default -> Optional.empty();
        };
    }
}
