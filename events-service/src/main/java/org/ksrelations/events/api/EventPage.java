package org.ksrelations.events.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Documentation type of a page of events. */
@Schema(name = "EventPage")
public record EventPage(
        @Schema(description = "The events of this page, in the requested order") List<EventView> items,
        @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page") String nextCursor,
        @Schema(nullable = true, description = "Number of matching items, with includeTotal=true") Long totalItems) {
}
