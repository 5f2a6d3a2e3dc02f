package org.ksrelations.agreements.problem;

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

    /** A bad query parameter, header-free input the client chose: 400 naming the parameter. */
    public static ProblemException badParam(String param, String message) {
        return new ProblemException(400, "validation", "Invalid request", "query parameter '" + param + "' is invalid",
                List.of(new Problem.FieldError(param, message)));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
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
