package org.ksrelations.recognition.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** One state with all its acts. */
@Schema(name = "StateDetail", description = "A state with its recognition acts in order (date, undated last, then curated order)")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"state", "code", "iso2", "iso3", "name", "unMember", "region", "stance", "recognizedOn", "note",
        "version", "updatedAt", "acts"})
public record StateDetail(
        @JsonUnwrapped StateFacts state,
        @Schema(description = "Version of the state; increases with any change of the state or its acts (the ETag)")
        long version,
        @Schema(description = "When the state or one of its acts last changed (ISO-8601 date-time with offset)") OffsetDateTime updatedAt,
        @Schema(description = "Its recognition acts: by date, undated last, then in curated order") List<ActView> acts) {
}
