package org.ksrelations.events.api;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.api.DateRange;
import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.data.ChangeFeed;
import org.ksrelations.kit.data.SlugChanges;
import org.ksrelations.kit.api.ListResource;
import org.ksrelations.kit.api.PageParams;
import org.ksrelations.kit.api.ListResponses;
import org.ksrelations.kit.api.MergePatchReader;
import org.ksrelations.kit.api.Slugs;
import org.ksrelations.kit.api.RecordResponses;
import org.ksrelations.kit.service.Slice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ksrelations.events.domain.Category;
import org.ksrelations.events.domain.Event;
import org.ksrelations.events.service.EventFilter;
import org.ksrelations.events.service.EventService;
import org.ksrelations.events.service.EventSort;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Path("/api/v1/events")
@Tag(name = "events", description = "The timeline of Kosovo–Serbia relations (events-service)")
public class EventResource extends ListResource {

    /** The changes feed's resource: the event table, its tombstones and its renames (old slugs). */
    private static final ChangeFeed.Source CHANGES = new ChangeFeed.Source("EVENT", "event", "slug");

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("slug", "date", "datePrecision", "dateBasis", "dateNote", "title", "summary",
            "lang", "category", "actors", "places", "tags", "relatedAgreements", "sources", "updatedAt"));

    @Inject
    EventService events;

    @Inject
    SlugChanges changes;

    @Inject
    MergePatchReader patches;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListResponses.CSV})
    @Operation(operationId = "listEvents", summary = "List events",
            description = "Events filtered by date range, category, actor, place, tag and full text, in date order or by"
                    + " relevance; keyset-paginated with an opaque cursor. Answers CSV with Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class)))
    public Response list(
            @Parameter(example = "2013-01-01")
            @QueryParam("from") String from,
            @Parameter(example = "2013-12-31")
            @QueryParam("to") String to,
            @Parameter(description = "Category; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Category.class))
            @QueryParam("category") List<String> category,
            @Parameter(description = "Where the date comes from; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = org.ksrelations.kit.dates.DateBasis.class))
            @QueryParam("dateBasis") List<String> dateBasis,
            @Parameter(description = "Actor slug", example = "hashim-thaci") @QueryParam("actor") String actor,
            @Parameter(description = "Place name (case-insensitive)", example = "Brussels") @QueryParam("place") String place,
            @Parameter(description = "Tag", example = "brussels-dialogue") @QueryParam("tag") String tag,
            @Parameter(description = "Slug of a related agreement", example = "2013-04-19-brussels-agreement")
            @QueryParam("agreement") String agreement,
            @Parameter(description = "Full-text search (web search syntax: words, \"phrases\", -excluded, or)",
                    example = "border crossing") @QueryParam("q") String q,
            @Parameter(description = "Only events changed after this instant (ISO-8601)", example = "2026-01-01T00:00:00Z")
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "date, -date or relevance (default: relevance with q, else date). Relevance ranks the 1,000 most recent"
                    + " matches; sort=date or -date pages through every match",
                    schema = @Schema(enumeration = {"date", "-date", "relevance"})) @QueryParam("sort") String sort,
            @BeanParam PageParams page,
            @QueryParam("lang") String lang,
            @Parameter(example = "slug,date,title") @QueryParam("fields") String fields) {
        boolean hasQuery = q != null && !q.isBlank();
        EventSort s = EventSort.parse(sort, hasQuery);
        DateRange dates = DateRange.of(from, to);
        EventFilter filter = new EventFilter(dates.from(), dates.to(),
                Params.enums("category", category, Category.class), Params.slug("actor", actor),
                Params.text("place", place, 100), Params.slug("tag", tag), Params.text("q", q, 200),
                Params.slug("agreement", agreement), Params.timestamp("updatedSince", updatedSince),
                Params.enums("dateBasis", dateBasis, org.ksrelations.kit.dates.DateBasis.class));
        int lim = page.limit();
        Set<String> projection = lists.parseFields(fields, FIELDS);
        Lang l = Lang.resolve(lang, headers);
        if (jsonFromDatabase(l)) {
            return jsonPage(events.listJson(filter, s, lim, page.cursor(s.param), page.includeTotal(), l.code(),
                    projection), events.lastModified());
        }
        Slice<Event> found = events.list(filter, s, lim, page.cursor(s.param), page.includeTotal());
        return page(found, e -> Views.event(e, l), projection, events.lastModified());
    }

    @GET
    @Path("/categories")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEventCategories", summary = "Event categories with counts")
    @APIResponse(responseCode = "200", description = "Every category with its number of events",
            content = @Content(schema = @Schema(implementation = CategoryCount.class, type = SchemaType.ARRAY)))
    public Response categories() {
        List<CategoryCount> out = events.categoryCounts().entrySet().stream()
                .map(e -> new CategoryCount(e.getKey(), e.getValue())).toList();
        return Response.ok(out).header(HttpHeaders.CACHE_CONTROL, ListResponses.CACHE_CONTROL).build();
    }

    @GET
    @Path("/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEventChanges", summary = "Changes feed of events",
            description = "Upserts and deletions (tombstones) after a point in time, oldest first, to keep a local copy in step."
                    + " Follow nextCursor until it is null; then poll again later with the last item's 'at' as since.")
    @APIResponseSchema(value = ChangePage.class, responseCode = "200", responseDescription = "A page of changes")
    public ChangePage changes(@QueryParam("since") String since, @QueryParam("limit") String limit,
                              @QueryParam("cursor") String cursor,
                              @Parameter(description = "Language of texts or all", example = "all") @QueryParam("lang") String lang) {
        return ChangePage.of(changes.page(CHANGES, Params.timestamp("since", since), Params.limit(limit), cursor,
                events::load),
                Lang.resolveOrAll(lang, headers));
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEvent", summary = "Get one event")
    @APIResponse(responseCode = "200", description = "The event",
            headers = @Header(name = "ETag", description = "Version of the event"),
            content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response get(@Parameter(description = "Event slug", example = "2008-02-17-kosovo-declares-independence")
                        @PathParam("slug") String slug,
                        @Parameter(description = "Language of texts or all", example = "en") @QueryParam("lang") String lang,
                        @Context Request request) {
        Lang l = Lang.resolve(lang, headers);
        Event e = events.read(Slugs.checked("event", slug));
        return RecordResponses.conditional(request, e.version, e.updatedAt, "Accept-Language", () -> Views.event(e, l));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "createEvent", summary = "Create an event (editor)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EventInput.class),
            examples = @ExampleObject(name = "event", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "409", description = "Slug taken")
    public Response create(@Valid @NotNull EventInput input) {
        Event e = events.create(input);
        return RecordResponses.created("/api/v1/events/" + e.slug, e.version, Views.event(e, Lang.ALL));
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "replaceEvent", summary = "Replace an event (editor)", description = "Needs If-Match.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EventInput.class),
            examples = @ExampleObject(name = "event", value = EXAMPLE)))
    @APIResponseSchema(value = EventView.class, responseCode = "200", responseDescription = "Replaced")
    public Response replace(@PathParam("slug") String slug,
                            @Parameter(description = "ETag of the version being replaced", required = true, example = "\"3\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull EventInput input) {
        Event current = events.get(Slugs.checked("event", slug));
        long expected = Params.ifMatch(ifMatch, current.version);
        Event e = events.replace(slug, expected, input);
        return RecordResponses.written(Views.event(e, Lang.ALL), e.version);
    }

    @PATCH
    @Path("/{slug}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "patchEvent", summary = "Change some fields of an event (editor, JSON merge patch)",
            description = "RFC 7396 JSON merge patch; needs If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = "application/merge-patch+json",
            schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "retag", value = "{\"tags\": [\"brussels-dialogue\"]}")))
    @APIResponseSchema(value = EventView.class, responseCode = "200", responseDescription = "Patched")
    public Response patch(@PathParam("slug") String slug,
                          @Parameter(description = "ETag of the version being changed", required = true)
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          byte[] body) {
        Event current = events.get(Slugs.checked("event", slug));
        long expected = Params.ifMatch(ifMatch, current.version);
        EventInput input = patches.merge(events.toInput(current), body, EventInput.class);
        Event e = events.replace(current.slug, expected, input);
        return RecordResponses.written(Views.event(e, Lang.ALL), e.version);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed("editor")
    @Operation(operationId = "deleteEvent", summary = "Delete an event (editor)",
            description = "Needs If-Match. Leaves a tombstone in the changes feed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("slug") String slug,
                           @Parameter(description = "ETag of the version being deleted", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Event current = events.get(Slugs.checked("event", slug));
        events.delete(current.slug, Params.ifMatch(ifMatch, current.version));
        return Response.noContent().build();
    }

    @Schema(name = "CategoryCount")
    public record CategoryCount(@Schema(description = "An event category") Category category,
                                @Schema(description = "Number of events in the category") long count) {
    }

    static final String EXAMPLE = """
            {"slug": "2013-04-19-brussels-agreement-initialled", "date": "2013-04-19", "datePrecision": "DAY",
             "title": {"en": "Brussels Agreement initialled"},
             "summary": {"en": "Serbia and Kosovo initial the First Agreement of Principles Governing the Normalisation of Relations."},
             "category": "AGREEMENT",
             "actors": [{"slug": "ivica-dacic", "role": "SIGNATORY"}, {"slug": "hashim-thaci", "role": "SIGNATORY"}],
             "places": ["Brussels"], "tags": ["brussels-dialogue"], "relatedAgreements": ["2013-04-19-brussels-agreement"],
             "sources": [{"title": "Kosovo–Serbia relations", "publisher": "Wikipedia (English)"}]}""";
}
