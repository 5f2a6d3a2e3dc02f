package org.ksrelations.recognition.api;

import org.ksrelations.kit.problem.Problem;
import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.api.Params;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ksrelations.recognition.domain.Region;
import org.ksrelations.recognition.domain.Stance;
import org.ksrelations.recognition.domain.State;
import org.ksrelations.recognition.service.RecognitionService;
import org.ksrelations.recognition.service.Sorts;
import org.ksrelations.recognition.service.StateFilter;
import org.ksrelations.recognition.service.StateService;
import org.ksrelations.recognition.service.StateWithStance;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Path("/api/v1/states")
@Tag(name = "states", description = "States and their stance towards the Republic of Kosovo (recognition-service)")
public class StateResource extends ListResource {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("code", "iso2", "iso3", "name", "unMember", "region",
            "stance", "recognizedOn", "note", "updatedAt"));
    static final Set<String> PATCHABLE = Set.of("note", "unMember", "region");

    @Inject
    StateService states;

    @Inject
    RecognitionService recognitions;

    @Inject
    MergePatchReader patches;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListResponses.CSV})
    @Operation(operationId = "listStates", summary = "List states",
            description = "All 193 UN member states and the other entities (Taiwan, the Cook Islands, Niue, the Sovereign"
                    + " Military Order of Malta), with their current stance derived from their acts; filtered by stance,"
                    + " region, UN membership and text; keyset-paginated. Answers CSV with Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "A page of states",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.StatePage.class),
                    examples = @ExampleObject(name = "israel", value = Examples.STATE_PAGE)))
    public Response list(
            @Parameter(description = "Current stance; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Stance.class))
            @QueryParam("stance") List<String> stance,
            @Parameter(description = "Region; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Region.class))
            @QueryParam("region") List<String> region,
            @Parameter(description = "UN member states only (true) or only the others (false)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("unMember") String unMember,
            @Parameter(description = "Text: part of the name, an ISO code, or words of the curator's note", example = "guinea")
            @QueryParam("q") String q,
            @Parameter(description = "Only states changed (or whose acts changed) after this instant (ISO-8601)",
                    example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "code (default) or name", schema = @Schema(enumeration = {"code", "name"}))
            @QueryParam("sort") String sort,
            @BeanParam PageParams page,
            @Parameter(example = "code,name,stance") @QueryParam("fields") String fields) {
        String s = Sorts.parse(sort, Sorts.STATES);
        StateFilter filter = new StateFilter(Params.enums("stance", stance, Stance.class),
                Params.enums("region", region, Region.class), Params.optionalBool("unMember", unMember),
                Params.text("q", q, 100), Params.timestamp("updatedSince", updatedSince));
        int lim = page.limit();
        Set<String> projection = lists.parseFields(fields, FIELDS);
        Slice<StateWithStance> found = states.list(filter, s, lim, page.cursor(s), page.includeTotal());
        return page(found, Views::state, projection, states.lastModified());
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getState", summary = "Get one state with its acts",
            description = "The state, its current stance and every act (date order, undated last). With ETag (the state's"
                    + " version, which increases with any change of its acts); If-None-Match answers 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The state",
            headers = {@Header(name = "ETag", description = "Version of the state"), @Header(name = "Last-Modified")},
            content = @Content(schema = @Schema(implementation = StateDetail.class),
                    examples = @ExampleObject(name = "guinea-bissau", value = Examples.STATE_DETAIL)))
    public Response get(@Parameter(description = "ISO 3166-1 alpha-2 code (any case) or 'smom'", example = "GW")
                        @PathParam("code") String code,
                        @Context Request request) {
        StateDetail d = Views.detail(states.detail(RecognitionService.pathCode(code)));
        return RecordResponses.conditional(request, d.version(), d.updatedAt(), null, () -> d);
    }

    @PATCH
    @Path("/{code}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "patchState", summary = "Change the note, UN membership or region of a state (editor, JSON merge patch)",
            description = "RFC 7396 JSON merge patch of note, unMember and region (other fields cannot change; the stance"
                    + " changes only through acts); needs If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = "application/merge-patch+json",
            schema = @Schema(implementation = StateEdit.class),
            examples = @ExampleObject(name = "note", value = "{\"note\": \"Recognition confirmed by a note verbale\"}")))
    @APIResponse(responseCode = "200", description = "Patched",
            content = @Content(schema = @Schema(implementation = StateDetail.class),
                    examples = @ExampleObject(name = "guinea-bissau", value = Examples.STATE_DETAIL)))
    public Response patch(@Parameter(description = "State code", example = "GW") @PathParam("code") String code,
                          @Parameter(description = "ETag of the version being changed", required = true, example = "\"1\"")
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          String body) {
        State current = states.get(RecognitionService.pathCode(code));
        long expected = Params.ifMatch(ifMatch, current.version);
        StateEdit input = patches.merge(Views.edit(current), body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                StateEdit.class, PATCHABLE::contains,
                "cannot be changed; only note, unMember and region can (acts change the stance)");
        StateDetail d = Views.detail(states.edit(current.code, expected, input));
        return RecordResponses.written(d, d.version());
    }

    @POST
    @Path("/{code}/acts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Tag(name = "recognitions")
    @Operation(operationId = "createRecognitionAct", summary = "Record a new act of a state (editor)",
            description = "A new recognition, withdrawal, denial or contest. Needs If-Match with the state's ETag; the"
                    + " state's version increases and the response's ETag is the new one. Rules: a recognition cannot be"
                    + " dated before 2008-02-17; no date in the future; a withdrawal, denial or contest only after a"
                    + " recognition of that state (a denial only after a claimed withdrawal); the date precision must"
                    + " fit the date. The act id is '<code>-<type>-<date|undated>'.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActInput.class),
            examples = @ExampleObject(name = "recognition", value = Examples.ACT_INPUT)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "ETag", description = "The state's new version"),
            content = @Content(schema = @Schema(implementation = ActView.class),
                    examples = @ExampleObject(name = "israel", value = Examples.ACT)))
    @APIResponse(responseCode = "409", description = "The state has an act of this type on this date already")
    @APIResponse(responseCode = "422", description = "Invalid fields or broken rules",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "too-early", value = Examples.PROBLEM_422)))
    public Response createAct(@Parameter(description = "State code", example = "DZ") @PathParam("code") String code,
                              @Parameter(description = "ETag of the state", required = true, example = "\"0\"")
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Valid @NotNull ActInput input) {
        String c = RecognitionService.pathCode(code);
        State current = states.get(c);
        long expected = Params.ifMatch(ifMatch, current.version);
        RecognitionService.Written w = recognitions.create(c, expected, input);
        return RecordResponses.created("/api/v1/states/" + c, w.stateVersion(), Views.act(w.act(), w.act().state));
    }

    @DELETE
    @Path("/{code}/acts/{id}")
    @RolesAllowed("editor")
    @Tag(name = "recognitions")
    @Operation(operationId = "deleteRecognitionAct", summary = "Delete an act of a state (editor)",
            description = "Needs If-Match with the state's ETag; the response's ETag is the state's new version. Leaves a"
                    + " tombstone in the changes feed. 409 when another act depends on it (a withdrawal on its recognition).")
    @APIResponse(responseCode = "204", description = "Deleted", headers = @Header(name = "ETag", description = "The state's new version"))
    @APIResponse(responseCode = "409", description = "Another act depends on it")
    public Response deleteAct(@Parameter(description = "State code", example = "DZ") @PathParam("code") String code,
                              @Parameter(description = "Act id", example = "dz-recognition-2024-03-01") @PathParam("id") String id,
                              @Parameter(description = "ETag of the state", required = true, example = "\"1\"")
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        String c = RecognitionService.pathCode(code);
        Slugs.checked("act", id);
        State current = states.get(c);
        if (current.acts.stream().noneMatch(a -> a.actId.equals(id))) {
            throw ProblemException.notFound("act", id + "' of state '" + c);
        }
        long version = recognitions.delete(c, id, Params.ifMatch(ifMatch, current.version));
        return RecordResponses.deleted(version);
    }
}
