package org.ksrelations.kit.problem;

import java.util.List;

/**
 * Thrown to answer with a problem of the catalogue ({@link ProblemType}); the factories below are the only wording of
 * each detail, so the same mistake reads the same in every application.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " '" + id + "' does not exist", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail, null);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(ProblemType.BAD_REQUEST, detail, null);
    }

    /** A body that breaks validation rules: 422, one entry per rule. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, errors.size() + " field(s) are invalid", errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    /** A bad query, path or header parameter: 400, naming the parameter. */
    public static ProblemException badParam(String param, String message) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, "parameter '" + param + "' is invalid",
                List.of(new Problem.FieldError(param, message)));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, detail, null);
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                "send If-Match with the ETag of the version you are changing", null);
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return type.status();
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
