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
            case 431 -> Optional.of(HEADERS_TOO_LARGE);
            default -> Optional.empty();
        };
    }
}
