package org.ksrelations.recognition.api;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.api.DateRange;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.api.ListResource;
import org.ksrelations.kit.api.PageParams;
import org.ksrelations.kit.api.ListResponses;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ksrelations.recognition.domain.ActType;
import org.ksrelations.recognition.domain.Codes;
import org.ksrelations.recognition.domain.RecognitionAct;
import org.ksrelations.recognition.domain.Region;
import org.ksrelations.recognition.domain.Stance;
import org.ksrelations.recognition.service.ActFilter;
import org.ksrelations.recognition.service.ChangeService;
import org.ksrelations.recognition.service.RecognitionService;
import org.ksrelations.recognition.service.Sorts;
import org.ksrelations.recognition.service.StateService;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Path("/api/v1/recognitions")
@Tag(name = "recognitions", description = "Recognition acts, the stance of every state on any date, statistics (recognition-service)")
public class RecognitionResource extends ListResource {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("id", "state", "stateName", "region", "type", "date",
            "datePrecision", "dateBasis", "dateNote", "verified", "note", "sources"));
    static final Set<String> AS_OF_FIELDS = new LinkedHashSet<>(List.of("code", "iso2", "name", "region", "unMember", "stance"));

    @Inject
    RecognitionService recognitions;

    @Inject
    StateService states;

    @Inject
    ChangeService changes;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListResponses.CSV})
    @Operation(operationId = "listRecognitions", summary = "List recognition acts",
            description = "Acts of every state in date order (then state code, then curated order), keyset-paginated."
                    + " Undated acts come last; with from or to they are left out. Answers CSV with Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "A page of acts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.RecognitionActPage.class),
                    examples = @ExampleObject(name = "israel", value = Examples.ACT_PAGE)))
    public Response list(
            @Parameter(example = "2008-02-17")
            @QueryParam("from") String from,
            @Parameter(example = "2008-12-31")
            @QueryParam("to") String to,
            @Parameter(description = "Region of the state; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Region.class))
            @QueryParam("region") List<String> region,
            @Parameter(description = "Act type; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ActType.class))
            @QueryParam("type") List<String> type,
            @Parameter(description = "true: only acts whose date was checked; false: only the unverified ones",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("verified") String verified,
            @Parameter(description = "Where the date comes from; repeat or comma-separate for several (undated acts"
                    + " have none and are left out)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = org.ksrelations.kit.dates.DateBasis.class))
            @QueryParam("dateBasis") List<String> dateBasis,
            @Parameter(description = "Only the acts of this state (code)", example = "GW") @QueryParam("state") String state,
            @Parameter(description = "Only acts changed after this instant (ISO-8601)", example = "2026-01-01T00:00:00Z")
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "date (default) or -date; undated acts last in both",
                    schema = @Schema(enumeration = {"date", "-date"})) @QueryParam("sort") String sort,
            @BeanParam PageParams page,
            @Parameter(description = "Language (two-letter code) or all; act notes exist in English only, so this only"
                    + " validates the value", example = "en") @QueryParam("lang") String lang,
            @Parameter(example = "id,state,type,date") @QueryParam("fields") String fields) {
        String s = Sorts.parse(sort, Sorts.ACTS);
        DateRange dates = DateRange.of(from, to);
        String stateCode = null;
        if (state != null && !state.isBlank()) {
            stateCode = Codes.normalise(state);
            if (stateCode == null) {
                throw ProblemException.badParam("state", Codes.MESSAGE);
            }
        }
        ActFilter filter = new ActFilter(dates.from(), dates.to(), Params.enums("region", region, Region.class),
                Params.enums("type", type, ActType.class), Params.optionalBool("verified", verified), stateCode,
                Params.timestamp("updatedSince", updatedSince),
                Params.enums("dateBasis", dateBasis, org.ksrelations.kit.dates.DateBasis.class));
        Lang.resolve(lang, headers);
        int lim = page.limit();
        Set<String> projection = lists.parseFields(fields, FIELDS);
        Slice<RecognitionAct> found = recognitions.list(filter, s, lim, page.cursor(s), page.includeTotal());
        return page(found, a -> Views.act(a, a.state), projection, states.lastModified());
    }

    @GET
    @Path("/as-of/{date}")
    @Produces({MediaType.APPLICATION_JSON, ListResponses.CSV})
    @Operation(operationId = "getRecognitionsAsOf", summary = "Every state's stance on a date",
            description = "The stance of every state (no paging) on the date: only acts dated on or before it count;"
                    + " undated acts never count here (they do count for the current stance). YYYY-MM or YYYY mean the"
                    + " last day of that month or year. counts summarise the listed states. Answers CSV with Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "Every state's stance on the date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AsOfView.class),
                    examples = @ExampleObject(name = "end-of-2008", value = Examples.AS_OF)))
    public Response asOf(
            @Parameter(description = "The date: YYYY-MM-DD, YYYY-MM or YYYY", example = "2008-12-31") @PathParam("date") String date,
            @Parameter(description = "Only states with this stance on the date; repeat or comma-separate",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Stance.class))
            @QueryParam("stance") List<String> stance,
            @Parameter(description = "Region; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Region.class))
            @QueryParam("region") List<String> region,
            @Parameter(description = "Comma-separated fields of the items", example = "code,stance")
            @QueryParam("fields") String fields) {
        LocalDate d = Params.dateEnd("date", date);
        AsOfView view = AsOfView.of(recognitions.asOf(d, Params.enums("stance", stance, Stance.class),
                Params.enums("region", region, Region.class)));
        Set<String> projection = lists.parseFields(fields, AS_OF_FIELDS);
        return lists.collection(view, view.items(), projection, headers, states.lastModified());
    }

    @GET
    @Path("/stats")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRecognitionStats", summary = "Recognition statistics by year or by region",
            description = "groupBy=year: per year the RECOGNITION and WITHDRAWAL_CLAIMED acts dated in it and the number"
                    + " of states whose stance on 31 December (as-of rule) is RECOGNIZES. groupBy=region: per region the"
                    + " number of states of each current stance. Totals in both.")
    @APIResponse(responseCode = "200", description = "The statistics",
            content = @Content(schema = @Schema(implementation = StatsView.class),
                    examples = {@ExampleObject(name = "by-year", value = Examples.STATS_YEAR),
                            @ExampleObject(name = "by-region", value = Examples.STATS_REGION)}))
    public Response stats(@Parameter(description = "year (default) or region", schema = @Schema(enumeration = {"year", "region"}))
                          @QueryParam("groupBy") String groupBy) {
        String g = groupBy == null || groupBy.isBlank() ? "year" : groupBy.trim();
        if (!g.equals("year") && !g.equals("region")) {
            throw ProblemException.badParam("groupBy", "must be year or region");
        }
        Response.ResponseBuilder rb = Response.ok(StatsView.of(recognitions.stats(g)))
                .header(HttpHeaders.CACHE_CONTROL, ListResponses.CACHE_CONTROL);
        var last = states.lastModified();
        if (last != null) {
            rb.lastModified(java.util.Date.from(last.toInstant()));
        }
        return rb.build();
    }

    @GET
    @Path("/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listRecognitionChanges", summary = "Changes feed of states, acts and memberships",
            description = "Upserts and deletions (tombstones of deleted acts) after a point in time, oldest first, to keep a"
                    + " local copy in step. A change of an act also shows its state as changed. Follow nextCursor until it"
                    + " is null; then poll again later with the last item's 'at' as since.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(schema = @Schema(implementation = ChangePage.class),
                    examples = @ExampleObject(name = "deleted-act", value = Examples.CHANGES)))
    public ChangePage changes(@QueryParam("since") String since, @QueryParam("limit") String limit,
                              @QueryParam("cursor") String cursor,
                              @Parameter(description = "Language of membership texts or all", example = "all")
                              @QueryParam("lang") String lang) {
        return ChangePage.of(changes.changes(Params.timestamp("since", since), Params.limit(limit), cursor),
                Lang.resolveOrAll(lang, headers));
    }
}
