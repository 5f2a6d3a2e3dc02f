package org.ksrelations.events.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.events.domain.ActorRole;
import org.ksrelations.events.domain.ActorType;

@Schema(name = "EventActor", description = "An actor and the part it played in an event")
public record ActorRef(
        @Schema(description = "Public identifier of the actor (its URL under /api/v1/actors)", examples = "hashim-thaci")
        String slug,
        @Schema(description = "Name of the person, state or organisation", examples = "Hashim Thaçi") String name,
        @Schema(description = "Whether the actor is a person, a state or an organisation") ActorType type,
        @Schema(description = "The part the actor played in this event") ActorRole role) {
}
