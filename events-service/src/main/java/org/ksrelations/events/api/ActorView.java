package org.ksrelations.events.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.events.domain.ActorType;

import java.time.OffsetDateTime;

@Schema(name = "Actor", description = "A person, state or organisation that takes part in events")
public record ActorView(
        @Schema(description = "Stable public identifier (the actor's URL under /api/v1/actors)", examples = "hashim-thaci")
        String slug,
        @Schema(description = "Name of the person, state or organisation", examples = "Hashim Thaçi") String name,
        @Schema(description = "Whether the actor is a person, a state or an organisation") ActorType type,
        @Schema(description = "Number of events the actor takes part in") long eventCount,
        @Schema(description = "When the actor's record last changed (ISO-8601 date-time with offset)") OffsetDateTime updatedAt) {
}
