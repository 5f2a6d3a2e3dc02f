package org.ksrelations.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, served as {@code application/problem+json}. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI identifying the problem type; GET it on the gateway (/problems/{type}) for what it means", examples = "https://ksrelations.org/problems/validation")
        String type,
        @Schema(description = "Short summary of the problem type", examples = "Invalid request")
        String title,
        @Schema(description = "HTTP status code of the answer", examples = "422")
        int status,
        @Schema(description = "What went wrong with this request", nullable = true)
        String detail,
        @Schema(description = "The path of the request that failed", nullable = true)
        String instance,
        @Schema(description = "One entry per invalid field (with validation problems); absent otherwise", nullable = true)
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
    }

    @Schema(name = "FieldError", description = "One invalid field of the request")
    public record FieldError(
            @Schema(description = "The invalid input: a body member as a path (sources[0].url), or a query parameter or header name",
                    examples = "date") String field,
            @Schema(description = "What is wrong with it", examples = "must not be null") String message) {
    }
}
