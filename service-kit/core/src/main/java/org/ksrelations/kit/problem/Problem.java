package org.ksrelations.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, served as {@code application/problem+json}. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI reference identifying the problem type", examples = "https://ksrelations.org/problems/validation")
        String type,
        @Schema(description = "Short summary of the problem type", examples = "Invalid request")
        String title,
        @Schema(description = "HTTP status", examples = "422")
        int status,
        @Schema(description = "What went wrong with this request", nullable = true)
        String detail,
        @Schema(description = "The request path", nullable = true)
        String instance,
        @Schema(description = "One entry per invalid field", nullable = true)
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
    }

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(examples = "date") String field,
            @Schema(examples = "must not be null") String message) {
    }
}
