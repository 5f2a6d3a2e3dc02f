package org.ksrelations.agreements.api;

import org.ksrelations.kit.problem.Problem;
import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.api.ListResponses;
import org.ksrelations.kit.api.MergePatch;
import org.ksrelations.kit.api.Slugs;
import org.ksrelations.kit.service.Slice;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.agreements.domain.AgreementKind;
import org.ksrelations.agreements.domain.AgreementProcess;
import org.ksrelations.agreements.domain.AgreementStage;
import org.ksrelations.agreements.domain.AgreementStatus;
import org.ksrelations.agreements.domain.ImplementationStatus;
import org.ksrelations.agreements.domain.Milestone;
import org.ksrelations.agreements.domain.MilestoneType;
import org.ksrelations.agreements.service.AgreementFilter;
import org.ksrelations.agreements.service.AgreementService;
import org.ksrelations.agreements.service.AgreementSort;
import org.ksrelations.agreements.service.ChangeService;
import org.ksrelations.agreements.service.Orders;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

@Path("/api/v1/agreements")
@Tag(name = "agreements", description = "Agreements, drafts, plans and resolutions, with provisions and milestones (agreements-service)")
public class AgreementResource {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("slug", "title", "summary", "lang", "kind", "status",
            "stage", "process", "facilitator", "parties", "signatories", "proposedOn", "proposedOnPrecision",
            "concludedOn", "concludedOnPrecision", "date", "datePrecision", "provisions", "milestones", "relatedEvents",
            "tags", "sources", "updatedAt"));
    static final Set<String> PROVISION_FIELDS = new LinkedHashSet<>(List.of("number", "topic", "text",
            "implementationStatus", "quote"));
    static final Set<String> MILESTONE_FIELDS = new LinkedHashSet<>(List.of("id", "date", "datePrecision", "type",
            "description", "sources"));
    static final Set<String> TIMELINE_FIELDS = new LinkedHashSet<>(List.of("agreement", "agreementTitle", "date",
            "datePrecision", "type", "description", "sources"));

    private static final String LIMIT_DOC = "Page size, 1–500";
    private static final String CURSOR_DOC = "Opaque cursor from nextCursor";
    private static final String LANG_DOC = "Language of texts (two-letter code) or all; default from Accept-Language, then en";
    private static final String IF_MATCH_DOC = "ETag of the agreement's current version";

    @Inject
    AgreementService agreements;

    @Inject
    ChangeService changes;

    @Inject
    ListResponses lists;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    // ================================================================ agreements: reads

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListResponses.CSV})
    @Operation(operationId = "listAgreements", summary = "List agreements",
            description = "Agreements filtered by status, kind, stage, process, facilitator, party, provision topic, date"
                    + " range and full text. The date range applies to the agreement's main date (concludedOn, else"
                    + " proposedOn); undated agreements are left out when from or to is given. Sorted by date (undated"
                    + " last), -date, title (English) or relevance (default with q); keyset-paginated with an opaque"
                    + " cursor. Answers CSV with Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "A page of agreements",
            headers = @Header(name = "Link", description = "<…>; rel=\"next\" when there is a next page"),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.AgreementPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.AGREEMENT_PAGE)),
                    @Content(mediaType = ListResponses.CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = "slug,status\r\n2013-04-19-brussels-agreement,RATIFIED\r\n"))})
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Status; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AgreementStatus.class), example = "RATIFIED")
            @QueryParam("status") List<String> status,
            @Parameter(description = "Kind; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AgreementKind.class), example = "TECHNICAL_AGREEMENT")
            @QueryParam("kind") List<String> kind,
            @Parameter(description = "Stage (PA-X); repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AgreementStage.class), example = "FRAMEWORK_PARTIAL")
            @QueryParam("stage") List<String> stage,
            @Parameter(description = "Process; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AgreementProcess.class), example = "EU_DIALOGUE")
            @QueryParam("process") List<String> process,
            @Parameter(description = "Facilitator code, exact (case-insensitive): EU, US, UN, NONE, …", example = "EU")
            @QueryParam("facilitator") String facilitator,
            @Parameter(description = "Actor slug of a party", example = "serbia") @QueryParam("party") String party,
            @Parameter(description = "Text contained in the topic of one of its provisions (case-insensitive substring)",
                    example = "police") @QueryParam("topic") String topic,
            @Parameter(description = "Earliest main date (inclusive): YYYY-MM-DD, YYYY-MM or YYYY", example = "2011")
            @QueryParam("from") String from,
            @Parameter(description = "Latest main date (inclusive): YYYY-MM-DD, YYYY-MM or YYYY", example = "2013-12-31")
            @QueryParam("to") String to,
            @Parameter(description = "Full-text search over titles, summaries, provisions' topics and texts (English)"
                    + " and the Macedonian texts; web search syntax: words, \"phrases\", -excluded, or",
                    example = "border crossing") @QueryParam("q") String q,
            @Parameter(description = "Only agreements changed after this instant (ISO-8601)", example = "2026-01-01T00:00:00Z")
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "date (default; undated last), -date, title or relevance (default with q)",
                    schema = @Schema(enumeration = {"date", "-date", "title", "relevance"}), example = "date")
            @QueryParam("sort") String sort,
            @Parameter(description = LIMIT_DOC, example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = CURSOR_DOC) @QueryParam("cursor") String cursor,
            @Parameter(description = "Include totalItems", schema = @Schema(type = SchemaType.BOOLEAN), example = "true")
            @QueryParam("includeTotal") String includeTotal,
            @Parameter(description = LANG_DOC, example = "en") @QueryParam("lang") String lang,
            @Parameter(description = "Comma-separated fields to return", example = "slug,date,title,status")
            @QueryParam("fields") String fields) {
        boolean hasQuery = q != null && !q.isBlank();
        AgreementSort s = AgreementSort.parse(sort, hasQuery);
        var fromDate = Params.date("from", from);
        var toDate = Params.dateEnd("to", to);
        Params.range(fromDate, toDate);
        AgreementFilter filter = new AgreementFilter(
                Params.enums("status", status, AgreementStatus.class),
                Params.enums("kind", kind, AgreementKind.class),
                Params.enums("stage", stage, AgreementStage.class),
                Params.enums("process", process, AgreementProcess.class),
                facilitator(facilitator), Params.slug("party", party), Params.text("topic", topic, 200),
                fromDate, toDate, Params.text("q", q, 200), Params.timestamp("updatedSince", updatedSince));
        int lim = Params.limit(limit);
        Set<String> projection = lists.parseFields(fields, FIELDS);
        Lang l = Lang.resolve(lang, headers);
        Slice<Agreement> page = agreements.list(filter, s, lim, Cursor.decode(cursor, s.param),
                Params.bool("includeTotal", includeTotal));
        List<AgreementView> items = page.items().stream().map(a -> Views.agreement(a, l)).toList();
        return lists.list(items, page.nextCursor(), page.totalItems(), projection, headers, uri, agreements.lastModified());
    }

    @GET
    @Path("/milestones")
    @Produces({MediaType.APPLICATION_JSON, ListResponses.CSV})
    @Operation(operationId = "listAllMilestones", summary = "Dated milestones of all agreements",
            description = "Every dated milestone of every agreement, in date order (then agreement slug, then milestone"
                    + " id), keyset-paginated: the agreements' part of the timeline. Undated milestones are left out.")
    @APIResponse(responseCode = "200", description = "A page of milestones",
            headers = @Header(name = "Link", description = "<…>; rel=\"next\" when there is a next page"),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.MilestoneTimelinePage.class),
                    examples = @ExampleObject(name = "page", value = Examples.TIMELINE_PAGE)),
                    @Content(mediaType = ListResponses.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response timeline(
            @Parameter(description = "Earliest date (inclusive): YYYY-MM-DD, YYYY-MM or YYYY", example = "2013")
            @QueryParam("from") String from,
            @Parameter(description = "Latest date (inclusive): YYYY-MM-DD, YYYY-MM or YYYY", example = "2013-12-31")
            @QueryParam("to") String to,
            @Parameter(description = "Milestone type; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MilestoneType.class), example = "RATIFIED")
            @QueryParam("type") List<String> type,
            @Parameter(description = "Only the milestones of this agreement", example = "2013-04-19-brussels-agreement")
            @QueryParam("agreement") String agreement,
            @Parameter(description = "Only milestones of agreements changed after this instant (ISO-8601)",
                    example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = LIMIT_DOC, example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = CURSOR_DOC) @QueryParam("cursor") String cursor,
            @Parameter(description = "Include totalItems", schema = @Schema(type = SchemaType.BOOLEAN), example = "true")
            @QueryParam("includeTotal") String includeTotal,
            @Parameter(description = LANG_DOC, example = "en") @QueryParam("lang") String lang,
            @Parameter(description = "Comma-separated fields to return", example = "agreement,date,type")
            @QueryParam("fields") String fields) {
        var fromDate = Params.date("from", from);
        var toDate = Params.dateEnd("to", to);
        Params.range(fromDate, toDate);
        List<MilestoneType> types = Params.enums("type", type, MilestoneType.class);
        String agreementSlug = Params.slug("agreement", agreement);
        OffsetDateTime since = Params.timestamp("updatedSince", updatedSince);
        int lim = Params.limit(limit);
        Set<String> projection = lists.parseFields(fields, TIMELINE_FIELDS);
        Lang l = Lang.resolve(lang, headers);
        Slice<Milestone> page = agreements.timeline(fromDate, toDate, types, agreementSlug, since, lim,
                Cursor.decode(cursor, AgreementService.TIMELINE_SORT), Params.bool("includeTotal", includeTotal));
        List<MilestoneTimelineItem> items = page.items().stream().map(m -> Views.timelineItem(m, l)).toList();
        return lists.list(items, page.nextCursor(), page.totalItems(), projection, headers, uri, agreements.lastModified());
    }

    @GET
    @Path("/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAgreementChanges", summary = "Changes feed of agreements",
            description = "Upserts and deletions (tombstones) after a point in time, oldest first, to keep a local copy in step."
                    + " A change to a provision or milestone is an upsert of its agreement."
                    + " Follow nextCursor until it is null; then poll again later with the last item's 'at' as since.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(schema = @Schema(implementation = ChangePage.class),
                    examples = @ExampleObject(name = "deletion", value = Examples.CHANGES)))
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangePage changes(
            @Parameter(description = "Only changes after this instant (ISO-8601); omit for everything",
                    example = "2026-01-01T00:00:00Z") @QueryParam("since") String since,
            @Parameter(description = LIMIT_DOC, example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = CURSOR_DOC) @QueryParam("cursor") String cursor,
            @Parameter(description = "Language of texts or all (default all)", example = "all") @QueryParam("lang") String lang) {
        return ChangePage.of(changes.changes(Params.timestamp("since", since), Params.limit(limit), cursor),
                lang == null ? Lang.ALL : Lang.resolve(lang, headers));
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAgreement", summary = "Get one agreement",
            description = "With its provisions and milestones. With ETag; If-None-Match answers 304 when unchanged.")
    @APIResponse(responseCode = "200", description = "The agreement",
            headers = {@Header(name = "ETag", description = "Version of the agreement"), @Header(name = "Last-Modified")},
            content = @Content(schema = @Schema(implementation = AgreementView.class),
                    examples = @ExampleObject(name = "brussels", value = Examples.AGREEMENT)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such agreement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "Agreement slug", example = "2013-04-19-brussels-agreement")
                        @PathParam("slug") String slug,
                        @Parameter(description = LANG_DOC, example = "en") @QueryParam("lang") String lang,
                        @Context Request request) {
        Lang l = Lang.resolve(lang, headers);
        Agreement a = agreements.get(checkedSlug(slug));
        EntityTag tag = Params.etag(a.version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, ListResponses.CACHE_CONTROL).build();
        }
        return Response.ok(Views.agreement(a, l)).tag(tag)
                .lastModified(Date.from(a.updatedAt.toInstant()))
                .header(HttpHeaders.CACHE_CONTROL, ListResponses.CACHE_CONTROL)
                .header(HttpHeaders.VARY, "Accept-Language")
                .build();
    }

    // ================================================================ agreements: writes

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createAgreement", summary = "Create an agreement (editor)",
            description = "The status must be borne out by the milestones; no milestone may precede proposedOn.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgreementInput.class),
            examples = @ExampleObject(name = "agreement", value = Examples.AGREEMENT_INPUT)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "ETag"), @Header(name = "Location")},
            content = @Content(schema = @Schema(implementation = AgreementView.class),
                    examples = @ExampleObject(name = "created", value = Examples.AGREEMENT)))
    @APIResponse(responseCode = "400", description = "Malformed body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Slug taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "status", value = Examples.PROBLEM)))
    public Response create(@Valid @NotNull AgreementInput input) {
        Agreement a = agreements.create(input);
        return Response.created(URI.create("/api/v1/agreements/" + a.slug)).tag(Params.etag(a.version))
                .entity(Views.agreement(a, Lang.ALL)).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceAgreement", summary = "Replace an agreement (editor)",
            description = "Needs If-Match. Milestones repeated unchanged keep their ids.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgreementInput.class),
            examples = @ExampleObject(name = "agreement", value = Examples.AGREEMENT_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AgreementView.class),
                    examples = @ExampleObject(name = "replaced", value = Examples.AGREEMENT)))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agreement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "status", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@Parameter(description = "Agreement slug", example = "2013-04-19-brussels-agreement")
                            @PathParam("slug") String slug,
                            @Parameter(description = IF_MATCH_DOC, required = true, example = "\"3\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull AgreementInput input) {
        Agreement current = agreements.get(checkedSlug(slug));
        long expected = Params.ifMatch(ifMatch, current.version);
        Agreement a = agreements.replace(slug, expected, input);
        return Response.ok(Views.agreement(a, Lang.ALL)).tag(Params.etag(a.version)).build();
    }

    @PATCH
    @Path("/{slug}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "patchAgreement", summary = "Change some fields of an agreement (editor, JSON merge patch)",
            description = "RFC 7396 JSON merge patch over the AgreementInput form; needs If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = "application/merge-patch+json",
            schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "status", value = Examples.PATCH)))
    @APIResponse(responseCode = "200", description = "Patched", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AgreementView.class),
                    examples = @ExampleObject(name = "patched", value = Examples.AGREEMENT)))
    @APIResponse(responseCode = "400", description = "Malformed patch",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agreement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "status", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@Parameter(description = "Agreement slug", example = "2013-04-19-brussels-agreement")
                          @PathParam("slug") String slug,
                          @Parameter(description = IF_MATCH_DOC, required = true, example = "\"3\"")
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          byte[] body) {
        Agreement current = agreements.get(checkedSlug(slug));
        long expected = Params.ifMatch(ifMatch, current.version);
        AgreementInput input = MergePatch.merge(mapper, validator, agreements.toInput(current), body, AgreementInput.class);
        Agreement a = agreements.replace(current.slug, expected, input);
        return Response.ok(Views.agreement(a, Lang.ALL)).tag(Params.etag(a.version)).build();
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed("editor")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteAgreement", summary = "Delete an agreement (editor)",
            description = "Needs If-Match. Leaves a tombstone in the changes feed; the seed never brings it back.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agreement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "Agreement slug", example = "2013-04-19-brussels-agreement")
                           @PathParam("slug") String slug,
                           @Parameter(description = IF_MATCH_DOC, required = true, example = "\"3\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Agreement current = agreements.get(checkedSlug(slug));
        agreements.delete(current.slug, Params.ifMatch(ifMatch, current.version));
        return Response.noContent().build();
    }

    // ================================================================ provisions

    @GET
    @Path("/{slug}/provisions")
    @Produces({MediaType.APPLICATION_JSON, ListResponses.CSV})
    @Operation(operationId = "listAgreementProvisions", summary = "Provisions of an agreement",
            description = "In number order (2 before 10), keyset-paginated. The ETag is the agreement's version: send it"
                    + " as If-Match when changing a provision.")
    @APIResponse(responseCode = "200", description = "A page of provisions",
            headers = @Header(name = "ETag", description = "Version of the agreement"),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.ProvisionPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.PROVISION_PAGE)),
                    @Content(mediaType = ListResponses.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agreement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response provisions(
            @Parameter(description = "Agreement slug", example = "2013-04-19-brussels-agreement") @PathParam("slug") String slug,
            @Parameter(description = "Implementation status; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ImplementationStatus.class), example = "IMPLEMENTED")
            @QueryParam("implementationStatus") List<String> implementationStatus,
            @Parameter(description = "Text contained in the topic (case-insensitive)", example = "police")
            @QueryParam("topic") String topic,
            @Parameter(description = "Nothing unless the agreement changed after this instant (ISO-8601)",
                    example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = LIMIT_DOC, example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = CURSOR_DOC) @QueryParam("cursor") String cursor,
            @Parameter(description = "Include totalItems", schema = @Schema(type = SchemaType.BOOLEAN), example = "true")
            @QueryParam("includeTotal") String includeTotal,
            @Parameter(description = "Comma-separated fields to return", example = "number,topic")
            @QueryParam("fields") String fields,
            @Context Request request) {
        List<ImplementationStatus> statuses = Params.enums("implementationStatus", implementationStatus, ImplementationStatus.class);
        String topicText = Params.text("topic", topic, 200);
        OffsetDateTime since = Params.timestamp("updatedSince", updatedSince);
        int lim = Params.limit(limit);
        boolean total = Params.bool("includeTotal", includeTotal);
        Set<String> projection = lists.parseFields(fields, PROVISION_FIELDS);
        Cursor c = Cursor.decode(cursor, "provisions");
        Agreement a = agreements.get(checkedSlug(slug));
        List<ProvisionView> all = Views.provisions(a).stream()
                .filter(p -> statuses.isEmpty() || statuses.contains(p.implementationStatus()))
                .filter(p -> topicText == null || p.topic().toLowerCase(Locale.ROOT).contains(topicText.toLowerCase(Locale.ROOT)))
                .filter(p -> since == null || a.updatedAt.isAfter(since))
                .toList();
        return subList(all, ProvisionView::number, Orders.PROVISION_NUMBER, "provisions", c, lim, total, projection, a, request);
    }

    @POST
    @Path("/{slug}/provisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createAgreementProvision", summary = "Add a provision to an agreement (editor)",
            description = "Needs If-Match with the agreement's ETag; answers with the agreement's new ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProvisionView.class),
            examples = @ExampleObject(name = "provision", value = Examples.PROVISION)))
    @APIResponse(responseCode = "201", description = "Added",
            headers = {@Header(name = "ETag", description = "New version of the agreement"), @Header(name = "Location")},
            content = @Content(schema = @Schema(implementation = ProvisionView.class),
                    examples = @ExampleObject(name = "provision", value = Examples.PROVISION)))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agreement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Number taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createProvision(@Parameter(description = "Agreement slug", example = "2013-04-19-brussels-agreement")
                                    @PathParam("slug") String slug,
                                    @Parameter(description = IF_MATCH_DOC, required = true, example = "\"3\"")
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull ProvisionView input) {
        Agreement current = agreements.get(checkedSlug(slug));
        long expected = Params.ifMatch(ifMatch, current.version);
        Agreement a = agreements.createProvision(current.slug, expected, input);
        return Response.created(URI.create("/api/v1/agreements/" + a.slug + "/provisions/" + input.number()))
                .tag(Params.etag(a.version)).entity(Views.provision(AgreementService.findProvision(a, input.number())))
                .build();
    }

    @PUT
    @Path("/{slug}/provisions/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "replaceAgreementProvision", summary = "Replace a provision of an agreement (editor)",
            description = "Needs If-Match with the agreement's ETag; the number cannot change. Answers with the agreement's new ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProvisionView.class),
            examples = @ExampleObject(name = "provision", value = Examples.PROVISION)))
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", description = "New version of the agreement"),
            content = @Content(schema = @Schema(implementation = ProvisionView.class),
                    examples = @ExampleObject(name = "provision", value = Examples.PROVISION)))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agreement or provision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceProvision(@Parameter(description = "Agreement slug", example = "2013-04-19-brussels-agreement")
                                     @PathParam("slug") String slug,
                                     @Parameter(description = "Provision number", example = "5") @PathParam("number") String number,
                                     @Parameter(description = IF_MATCH_DOC, required = true, example = "\"3\"")
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     @Valid @NotNull ProvisionView input) {
        Agreement current = agreements.get(checkedSlug(slug));
        String n = checkedNumber(slug, number);
        if (AgreementService.findProvision(current, n) == null) {
            throw ProblemException.notFound("provision", slug + "/" + n);
        }
        long expected = Params.ifMatch(ifMatch, current.version);
        Agreement a = agreements.replaceProvision(current.slug, n, expected, input);
        return Response.ok(Views.provision(AgreementService.findProvision(a, n))).tag(Params.etag(a.version)).build();
    }

    @DELETE
    @Path("/{slug}/provisions/{number}")
    @RolesAllowed("editor")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteAgreementProvision", summary = "Delete a provision of an agreement (editor)",
            description = "Needs If-Match with the agreement's ETag; answers with the agreement's new ETag.")
    @APIResponse(responseCode = "204", description = "Deleted",
            headers = @Header(name = "ETag", description = "New version of the agreement"))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agreement or provision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deleteProvision(@Parameter(description = "Agreement slug", example = "2013-04-19-brussels-agreement")
                                    @PathParam("slug") String slug,
                                    @Parameter(description = "Provision number", example = "5") @PathParam("number") String number,
                                    @Parameter(description = IF_MATCH_DOC, required = true, example = "\"3\"")
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Agreement current = agreements.get(checkedSlug(slug));
        String n = checkedNumber(slug, number);
        if (AgreementService.findProvision(current, n) == null) {
            throw ProblemException.notFound("provision", slug + "/" + n);
        }
        long expected = Params.ifMatch(ifMatch, current.version);
        Agreement a = agreements.deleteProvision(current.slug, n, expected);
        return Response.noContent().tag(Params.etag(a.version)).build();
    }

    // ================================================================ milestones

    @GET
    @Path("/{slug}/milestones")
    @Produces({MediaType.APPLICATION_JSON, ListResponses.CSV})
    @Operation(operationId = "listAgreementMilestones", summary = "Milestones of an agreement",
            description = "In date order, undated milestones last (date null, datePrecision null), keyset-paginated."
                    + " The ETag is the agreement's version: send it as If-Match when adding or deleting a milestone.")
    @APIResponse(responseCode = "200", description = "A page of milestones",
            headers = @Header(name = "ETag", description = "Version of the agreement"),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.MilestonePage.class),
                    examples = @ExampleObject(name = "page", value = Examples.MILESTONE_PAGE)),
                    @Content(mediaType = ListResponses.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agreement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response milestones(
            @Parameter(description = "Agreement slug", example = "2013-04-19-brussels-agreement") @PathParam("slug") String slug,
            @Parameter(description = "Milestone type; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MilestoneType.class), example = "RATIFIED")
            @QueryParam("type") List<String> type,
            @Parameter(description = "Nothing unless the agreement changed after this instant (ISO-8601)",
                    example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = LIMIT_DOC, example = "50",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = CURSOR_DOC) @QueryParam("cursor") String cursor,
            @Parameter(description = "Include totalItems", schema = @Schema(type = SchemaType.BOOLEAN), example = "true")
            @QueryParam("includeTotal") String includeTotal,
            @Parameter(description = LANG_DOC, example = "en") @QueryParam("lang") String lang,
            @Parameter(description = "Comma-separated fields to return", example = "id,date,type")
            @QueryParam("fields") String fields,
            @Context Request request) {
        List<MilestoneType> types = Params.enums("type", type, MilestoneType.class);
        OffsetDateTime since = Params.timestamp("updatedSince", updatedSince);
        int lim = Params.limit(limit);
        boolean total = Params.bool("includeTotal", includeTotal);
        Set<String> projection = lists.parseFields(fields, MILESTONE_FIELDS);
        Lang l = Lang.resolve(lang, headers);
        Cursor c = Cursor.decode(cursor, "agreement-milestones");
        if (c != null && Orders.parseMilestoneId(c.slug()) == null) {
            throw Cursor.invalid();
        }
        Agreement a = agreements.get(checkedSlug(slug));
        List<MilestoneView> all = Views.milestones(a, l).stream()
                .filter(m -> types.isEmpty() || types.contains(m.type()))
                .filter(m -> since == null || a.updatedAt.isAfter(since))
                .toList();
        return subList(all, MilestoneView::id, Orders.MILESTONE_ID_ORDER, "agreement-milestones", c, lim, total,
                projection, a, request);
    }

    @POST
    @Path("/{slug}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createAgreementMilestone", summary = "Add a milestone to an agreement (editor)",
            description = "Needs If-Match with the agreement's ETag. The milestone may not precede the agreement's"
                    + " proposedOn (compared at the coarser precision). Its id is derived: <date or 'undated'>-<type>-<n>."
                    + " Answers with the agreement's new ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MilestoneInput.class),
            examples = @ExampleObject(name = "ratified", value = Examples.MILESTONE_INPUT)))
    @APIResponse(responseCode = "201", description = "Added",
            headers = {@Header(name = "ETag", description = "New version of the agreement"), @Header(name = "Location")},
            content = @Content(schema = @Schema(implementation = MilestoneView.class),
                    examples = @ExampleObject(name = "milestone", value = Examples.MILESTONE)))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agreement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createMilestone(@Parameter(description = "Agreement slug", example = "2013-04-19-brussels-agreement")
                                    @PathParam("slug") String slug,
                                    @Parameter(description = IF_MATCH_DOC, required = true, example = "\"3\"")
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull MilestoneInput input) {
        Agreement current = agreements.get(checkedSlug(slug));
        long expected = Params.ifMatch(ifMatch, current.version);
        Milestone m = agreements.createMilestone(current.slug, expected, input);
        return Response.created(URI.create("/api/v1/agreements/" + current.slug + "/milestones/" + m.publicId))
                .tag(Params.etag(m.agreement.version)).entity(Views.milestone(m, Lang.ALL)).build();
    }

    @DELETE
    @Path("/{slug}/milestones/{id}")
    @RolesAllowed("editor")
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteAgreementMilestone", summary = "Delete a milestone of an agreement (editor)",
            description = "Needs If-Match with the agreement's ETag. Refused (422) when the agreement's status would no"
                    + " longer be borne out by its milestones. Answers with the agreement's new ETag.")
    @APIResponse(responseCode = "204", description = "Deleted",
            headers = @Header(name = "ETag", description = "New version of the agreement"))
    @APIResponse(responseCode = "401", description = "No or invalid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agreement or milestone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The status would need this milestone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "status", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deleteMilestone(@Parameter(description = "Agreement slug", example = "2013-04-19-brussels-agreement")
                                    @PathParam("slug") String slug,
                                    @Parameter(description = "Milestone id", example = "2016-12-13-other-1") @PathParam("id") String id,
                                    @Parameter(description = IF_MATCH_DOC, required = true, example = "\"3\"")
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Agreement current = agreements.get(checkedSlug(slug));
        if (id == null || current.milestones.stream().noneMatch(m -> m.publicId.equals(id))) {
            throw ProblemException.notFound("milestone", slug + "/" + (id == null ? "" : id.length() > 60 ? id.substring(0, 60) : id));
        }
        long expected = Params.ifMatch(ifMatch, current.version);
        Agreement a = agreements.deleteMilestone(current.slug, id, expected);
        return Response.noContent().tag(Params.etag(a.version)).build();
    }

    // ================================================================ helpers

    /** A page of an agreement's children, keyset over their public id in the list's order. */
    private <T> Response subList(List<T> all, Function<T, String> idOf, Comparator<String> order, String sortName,
                                 Cursor cursor, int limit, boolean includeTotal, Set<String> projection, Agreement a,
                                 Request request) {
        EntityTag tag = Params.etag(a.version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, ListResponses.CACHE_CONTROL).build();
        }
        List<T> rest = cursor == null ? all
                : all.stream().filter(t -> order.compare(idOf.apply(t), cursor.slug()) > 0).toList();
        List<T> page = new ArrayList<>(rest.subList(0, Math.min(limit, rest.size())));
        String next = rest.size() > limit
                ? new Cursor(sortName, null, idOf.apply(page.get(page.size() - 1))).encode() : null;
        Response r = lists.list(page, next, includeTotal ? (long) all.size() : null, projection, headers, uri, a.updatedAt);
        return Response.fromResponse(r).tag(tag).build();
    }

    private static String facilitator(String raw) {
        String v = Params.text("facilitator", raw, 40);
        if (v == null) {
            return null;
        }
        v = v.toUpperCase(Locale.ROOT);
        if (!v.matches(AgreementInput.FACILITATOR_PATTERN)) {
            throw ProblemException.badParam("facilitator", "must be a code such as EU, US, UN or NONE");
        }
        return v;
    }

    static String checkedSlug(String slug) {
        if (!Slugs.valid(slug)) {
            throw ProblemException.notFound("agreement", slug == null ? "" : slug.length() > 60 ? slug.substring(0, 60) : slug);
        }
        return slug;
    }

    static String checkedNumber(String slug, String number) {
        if (number == null || number.length() > 20 || !number.matches(ProvisionView.NUMBER_PATTERN)) {
            throw ProblemException.notFound("provision", slug + "/" + (number == null ? "" : number.length() > 20 ? number.substring(0, 20) : number));
        }
        return number;
    }
}
