package org.ksrelations.agreements.api;

import org.ksrelations.kit.dates.DateBasis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.agreements.domain.AgreementKind;
import org.ksrelations.agreements.domain.AgreementProcess;
import org.ksrelations.agreements.domain.AgreementStage;
import org.ksrelations.agreements.domain.AgreementStatus;
import org.ksrelations.agreements.service.AgreementFilter;
import org.ksrelations.agreements.service.AgreementQueries;
import org.ksrelations.agreements.service.AgreementSort;
import org.ksrelations.agreements.service.AgreementWrites;
import org.ksrelations.kit.api.DateRange;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.data.ChangeFeed;
import org.ksrelations.kit.data.SlugChanges;
import org.ksrelations.kit.api.ListResource;
import org.ksrelations.kit.api.ListResponses;
import org.ksrelations.kit.api.MergePatchReader;
import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.api.RecordResponses;
import org.ksrelations.kit.problem.Problem;
import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.service.Slice;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Agreements themselves: the list, the changes feed, one agreement, and the editor's writes. Their provisions and
 * milestones have resources of their own ({@link ProvisionResource}, {@link MilestoneResource}) under the same path.
 * The problem answers (4xx/5xx) of every operation are documented by the kit's OpenAPI conventions filter.
 */
@Path("/api/v1/agreements")
@Tag(name = "agreements", description = "Agreements, drafts, plans and resolutions, with provisions and milestones (agreements-service)")
public class AgreementResource extends ListResource {

    /** The changes feed's resource: the agreement table, its tombstones and its renames (old slugs). */
    private static final ChangeFeed.Source CHANGES = new ChangeFeed.Source("AGREEMENT", "agreement", "slug");

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("slug", "title", "summary", "lang", "kind", "status",
            "stage", "process", "facilitator", "parties", "signatories", "proposedOn", "proposedOnPrecision",
            "concludedOn", "concludedOnPrecision", "date", "datePrecision", "dateBasis", "dateNote", "provisions", "milestones", "relatedEvents",
            "tags", "sources", "updatedAt"));

    @Inject
    AgreementQueries agreements;

    @Inject
    AgreementWrites writes;

    @Inject
    SlugChanges changes;

    @Inject
    MergePatchReader patches;

    // ================================================================ reads

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListResponses.CSV})
    @Operation(operationId = "listAgreements", summary = "List agreements",
            description = "Agreements filtered by status, kind, stage, process, facilitator, party, provision topic, date"
                    + " range and full text. The date range applies to the agreement's main date (concludedOn, else"
                    + " proposedOn); undated agreements are left out when from or to is given. Sorted by date (undated"
                    + " last), -date, title (English) or relevance (default with q); keyset-paginated with an opaque"
                    + " cursor. Answers CSV with Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "A page of agreements",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.AgreementPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.AGREEMENT_PAGE)),
                    @Content(mediaType = ListResponses.CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = "slug,status\r\n2013-04-19-brussels-agreement,RATIFIED\r\n"))})
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
            @Parameter(description = "Where the main date comes from; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = org.ksrelations.kit.dates.DateBasis.class))
            @QueryParam("dateBasis") List<String> dateBasis,
            @Parameter(description = "date (default; undated last), -date, title or relevance (default with q)",
                    schema = @Schema(enumeration = {"date", "-date", "title", "relevance"}), example = "date")
            @QueryParam("sort") String sort,
            @BeanParam AgreementPageParams page,
            @QueryParam("lang") String lang,
            @Parameter(example = "slug,date,title,status") @QueryParam("fields") String fields) {
        boolean hasQuery = q != null && !q.isBlank();
        AgreementSort s = AgreementSort.parse(sort, hasQuery);
        DateRange dates = DateRange.of(from, to);
        AgreementFilter filter = new AgreementFilter(
                Params.enums("status", status, AgreementStatus.class),
                Params.enums("kind", kind, AgreementKind.class),
                Params.enums("stage", stage, AgreementStage.class),
                Params.enums("process", process, AgreementProcess.class),
                facilitator(facilitator), Params.slug("party", party), Params.text("topic", topic, 200),
                dates.from(), dates.to(), Params.text("q", q, 200), Params.timestamp("updatedSince", updatedSince),
                Params.enums("dateBasis", dateBasis, org.ksrelations.kit.dates.DateBasis.class));
        int lim = page.limit();
        Set<String> projection = lists.parseFields(fields, FIELDS);
        Lang l = Lang.resolve(lang, headers);
        Slice<Agreement> found = agreements.list(filter, s, lim, page.cursor(s.param), page.includeTotal());
        return page(found, a -> Views.agreement(a, l), projection, agreements.lastModified());
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
    public ChangePage changes(@QueryParam("since") String since,
                              @Parameter(example = "50") @QueryParam("limit") String limit,
                              @QueryParam("cursor") String cursor,
                              @Parameter(description = "Language of texts or all (default all)", example = "all")
                              @QueryParam("lang") String lang) {
        return ChangePage.of(changes.page(CHANGES, Params.timestamp("since", since), Params.limit(limit), cursor,
                agreements::load),
                Lang.resolveOrAll(lang, headers));
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
    public Response get(@Parameter(description = "Agreement slug", example = "2013-04-19-brussels-agreement")
                        @PathParam("slug") String slug,
                        @QueryParam("lang") String lang,
                        @Context Request request) {
        Lang l = Lang.resolve(lang, headers);
        Agreement a = agreements.get(AgreementPaths.checkedSlug(slug));
        return RecordResponses.conditional(request, a.version, a.updatedAt, "Accept-Language",
                () -> Views.agreement(a, l));
    }

    // ================================================================ writes

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "createAgreement", summary = "Create an agreement (editor)",
            description = "The status must be borne out by the milestones; no milestone may precede proposedOn.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgreementInput.class),
            examples = @ExampleObject(name = "agreement", value = Examples.AGREEMENT_INPUT)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AgreementView.class),
                    examples = @ExampleObject(name = "created", value = Examples.AGREEMENT)))
    @APIResponse(responseCode = "409", description = "Slug taken")
    @APIResponse(responseCode = "422", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "status", value = Examples.PROBLEM)))
    public Response create(@Valid @NotNull AgreementInput input) {
        Agreement a = writes.create(input);
        return RecordResponses.created("/api/v1/agreements/" + a.slug, a.version, Views.agreement(a, Lang.ALL));
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "replaceAgreement", summary = "Replace an agreement (editor)",
            description = "Needs If-Match. Milestones repeated unchanged keep their ids.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgreementInput.class),
            examples = @ExampleObject(name = "agreement", value = Examples.AGREEMENT_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = AgreementView.class),
                    examples = @ExampleObject(name = "replaced", value = Examples.AGREEMENT)))
    @APIResponse(responseCode = "422", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "status", value = Examples.PROBLEM)))
    public Response replace(@BeanParam AgreementWrite target, @Valid @NotNull AgreementInput input) {
        Agreement current = agreements.get(AgreementPaths.checkedSlug(target.slug));
        Agreement a = writes.replace(target.slug, target.expected(current), input);
        return RecordResponses.written(Views.agreement(a, Lang.ALL), a.version);
    }

    @PATCH
    @Path("/{slug}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "patchAgreement", summary = "Change some fields of an agreement (editor, JSON merge patch)",
            description = "RFC 7396 JSON merge patch over the AgreementInput form; needs If-Match.")
    @RequestBody(required = true, content = @Content(mediaType = "application/merge-patch+json",
            schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "status", value = Examples.PATCH)))
    @APIResponse(responseCode = "200", description = "Patched",
            content = @Content(schema = @Schema(implementation = AgreementView.class),
                    examples = @ExampleObject(name = "patched", value = Examples.AGREEMENT)))
    @APIResponse(responseCode = "422", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "status", value = Examples.PROBLEM)))
    public Response patch(@BeanParam AgreementWrite target, byte[] body) {
        Agreement current = agreements.get(AgreementPaths.checkedSlug(target.slug));
        long expected = target.expected(current);
        AgreementInput input = patches.merge(Views.input(current), body, AgreementInput.class);
        Agreement a = writes.replace(current.slug, expected, input);
        return RecordResponses.written(Views.agreement(a, Lang.ALL), a.version);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed("editor")
    @Operation(operationId = "deleteAgreement", summary = "Delete an agreement (editor)",
            description = "Needs If-Match. Leaves a tombstone in the changes feed; the seed never brings it back.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@BeanParam AgreementWrite target) {
        Agreement current = agreements.get(AgreementPaths.checkedSlug(target.slug));
        writes.delete(current.slug, target.expected(current));
        return Response.noContent().build();
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
}
