package org.ksrelations.events.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.events.domain.ActorType;

import java.time.OffsetDateTime;

@Schema(name = "Actor", description = "A person, state or organisation that takes part in events")
public record ActorView(
        @Schema(examples = "hashim-thaci") String slug,
        @Schema(examples = "Hashim Thaçi") String name,
        ActorType type,
        @Schema(description = "Number of events the actor takes part in") long eventCount,
        OffsetDateTime updatedAt) {
}
