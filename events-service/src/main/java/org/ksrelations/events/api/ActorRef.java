package org.ksrelations.events.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.events.domain.ActorRole;
import org.ksrelations.events.domain.ActorType;

@Schema(name = "EventActor", description = "An actor and the part it played in an event")
public record ActorRef(
        @Schema(examples = "hashim-thaci") String slug,
        @Schema(examples = "Hashim Thaçi") String name,
        ActorType type,
        ActorRole role) {
}
