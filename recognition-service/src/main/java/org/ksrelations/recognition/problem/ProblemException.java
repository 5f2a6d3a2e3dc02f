package org.ksrelations.recognition.problem;

import java.util.List;

/** Thrown by the service layer to answer with a problem (never a 5xx for bad input). */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not found", what + " '" + id + "' does not exist", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail, null);
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(422, "validation", "Invalid request",
                errors.size() + " field(s) are invalid", errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    /** A bad query or path parameter: 400, naming the parameter. */
    public static ProblemException badParameter(String name, String message) {
        return new ProblemException(400, "bad-parameter", "Invalid parameter", "parameter '" + name + "' is invalid",
                List.of(new Problem.FieldError(name, message)));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail, null);
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required", "Precondition required",
                "send If-Match with the ETag of the version you are changing", null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
