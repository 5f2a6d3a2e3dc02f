package org.ksrelations.events.api;

import org.ksrelations.kit.api.AboutResponses;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ksrelations.events.domain.Actor;
import org.ksrelations.events.domain.Event;
import org.ksrelations.events.service.EventService;

import java.time.OffsetDateTime;
import java.util.Map;

@Path("/api/v1/about")
@Tag(name = "events")
public class AboutResource {

    @Inject
    EventService events;

    @ConfigProperty(name = "ksr.dataset.version")
    String version;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEventsAbout", summary = "About the events dataset",
            description = "Dataset version, last update, record counts, licence and how to cite.")
    @APIResponse(responseCode = "200", description = "Dataset identity",
            content = @Content(schema = @Schema(implementation = About.class)))
    public Response about() {
        OffsetDateTime last = events.lastModified();
        About about = new About("events", "Kosovo–Serbia Relations API: timeline of events", version, last,
                Map.of("events", Event.count(), "actors", Actor.count()),
                "CC BY-SA 4.0 (derived from Wikipedia articles, see each record's sources)",
                AboutResponses.howToCite("events", version, last));
        return AboutResponses.answer(about, last);
    }

    @Schema(name = "EventsAbout")
    public record About(@Schema(description = "Name of the dataset", examples = "events") String dataset,
                        @Schema(description = "Human-readable title of the dataset") String title,
                        @Schema(description = "Version of the curated dataset (it names the downloads and the citation)", examples = "2026.11.1")
                        String version,
                        @Schema(nullable = true, description = "When any record last changed (ISO-8601 date-time with offset); null when the dataset is empty")
                        OffsetDateTime lastUpdated,
                        @Schema(description = "Number of records by kind (events, actors)") Map<String, Long> counts,
                        @Schema(description = "Licence of the data") String licence,
                        @Schema(description = "Ready-made citation of this dataset with its version and date") String howToCite) {
    }
}
