package org.ksrelations.recognition.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A state as the lists serve it. */
@Schema(name = "State", description = "A state or entity and its stance towards the Republic of Kosovo (derived from its acts)")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"state", "code", "iso2", "iso3", "name", "unMember", "region", "stance", "recognizedOn", "note",
        "updatedAt"})
public record StateView(
        @JsonUnwrapped StateFacts state,
        @Schema(description = "When the state or one of its acts last changed (ISO-8601 date-time with offset)") OffsetDateTime updatedAt) {
}
