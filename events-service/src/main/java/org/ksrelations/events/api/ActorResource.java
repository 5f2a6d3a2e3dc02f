package org.ksrelations.events.api;

import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.api.ListResource;
import org.ksrelations.kit.api.PageParams;
import org.ksrelations.kit.api.ListResponses;
import org.ksrelations.kit.api.Slugs;
import org.ksrelations.kit.service.Slice;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ksrelations.events.domain.ActorType;
import org.ksrelations.events.service.ActorService;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Path("/api/v1/actors")
@Tag(name = "actors", description = "People, states and organisations in the timeline (events-service)")
public class ActorResource extends ListResource {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("slug", "name", "type", "eventCount", "updatedAt"));

    @Inject
    ActorService actors;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListResponses.CSV})
    @Operation(operationId = "listActors", summary = "List actors", description = "Ordered by slug; keyset-paginated.")
    @APIResponse(responseCode = "200", description = "A page of actors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorPage.class)))
    public Response list(@Parameter(description = "Actor type") @QueryParam("type") String type,
                         @Parameter(description = "Name contains (case-insensitive)", example = "thaçi") @QueryParam("q") String q,
                         @Parameter(description = "Only actors changed after this instant") @QueryParam("updatedSince") String updatedSince,
                         @BeanParam PageParams page,
                         @QueryParam("fields") String fields) {
        List<ActorType> types = Params.enums("type", type == null ? null : List.of(type), ActorType.class);
        Set<String> projection = lists.parseFields(fields, FIELDS);
        Slice<ActorView> found = actors.list(types.isEmpty() ? null : types.get(0), Params.text("q", q, 100),
                Params.timestamp("updatedSince", updatedSince), page.limit(), page.cursor("slug"), page.includeTotal());
        return page(found, a -> a, projection, null);
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getActor", summary = "Get one actor with its events")
    @APIResponseSchema(value = ActorDetail.class, responseCode = "200",
            responseDescription = "The actor and its events in date order")
    public Response get(@Parameter(example = "hashim-thaci") @PathParam("slug") String slug,
                        @Parameter(description = "Language of texts or all") @QueryParam("lang") String lang) {
        Slugs.checked("actor", slug);
        Lang l = Lang.resolve(lang, headers);
        ActorDetail detail = actors.get(slug, l);
        return Response.ok(detail).header(HttpHeaders.CACHE_CONTROL, ListResponses.CACHE_CONTROL).build();
    }

    @Schema(name = "ActorPage")
    public record ActorPage(@Schema(description = "The actors of this page, in the requested order") List<ActorView> items,
                            @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page") String nextCursor,
                            @Schema(nullable = true, description = "Number of matching items, with includeTotal=true") Long totalItems) {
    }

    @Schema(name = "ActorDetail", description = "An actor with the events it takes part in")
    public record ActorDetail(@Schema(description = "The actor") ActorView actor,
                              @Schema(description = "The events the actor takes part in, by date (at most 1000)") List<EventView> events) {
    }
}
