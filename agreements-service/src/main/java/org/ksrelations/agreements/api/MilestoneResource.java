package org.ksrelations.agreements.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.ksrelations.agreements.domain.Milestone;
import org.ksrelations.agreements.domain.MilestoneType;
import org.ksrelations.agreements.service.AgreementQueries;
import org.ksrelations.agreements.service.Orders;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.api.DateRange;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.api.ListResponses;
import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.api.RecordResponses;
import org.ksrelations.kit.api.Slugs;
import org.ksrelations.kit.problem.Problem;
import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.service.Slice;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Milestones: the dated milestones of all agreements (the agreements' part of the gateway's timeline), and the
 * milestones of one agreement, read as a page of it and added or deleted under the agreement's If-Match.
 */
@Path("/api/v1/agreements")
@Tag(name = "agreements", description = "Agreements, drafts, plans and resolutions, with provisions and milestones (agreements-service)")
public class MilestoneResource extends AgreementChildResource {

    static final Set<String> MILESTONE_FIELDS = new LinkedHashSet<>(List.of("id", "date", "datePrecision", "dateBasis", "dateNote", "type",
            "description", "sources"));
    static final String MILESTONE_SORT = "agreement-milestones";
    static final Set<String> TIMELINE_FIELDS = new LinkedHashSet<>(List.of("agreement", "agreementTitle", "date",
            "datePrecision", "dateBasis", "dateNote", "type", "description", "sources"));

    @GET
    @Path("/milestones")
    @Produces({MediaType.APPLICATION_JSON, ListResponses.CSV})
    @Operation(operationId = "listAllMilestones", summary = "Dated milestones of all agreements",
            description = "Every dated milestone of every agreement, in date order (then agreement slug, then milestone"
                    + " id), keyset-paginated: the agreements' part of the timeline. Undated milestones are left out.")
    @APIResponse(responseCode = "200", description = "A page of milestones",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Pages.MilestoneTimelinePage.class),
                    examples = @ExampleObject(name = "page", value = Examples.TIMELINE_PAGE)))
    public Response timeline(
            @Parameter(example = "2013")
            @QueryParam("from") String from,
            @Parameter(example = "2013-12-31")
            @QueryParam("to") String to,
            @Parameter(description = "Milestone type; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MilestoneType.class), example = "RATIFIED")
            @QueryParam("type") List<String> type,
            @Parameter(description = "Only the milestones of this agreement", example = "2013-04-19-brussels-agreement")
            @QueryParam("agreement") String agreement,
            @Parameter(description = "Only milestones of agreements changed after this instant (ISO-8601)",
                    example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince") String updatedSince,
            @BeanParam AgreementPageParams page,
            @QueryParam("lang") String lang,
            @Parameter(example = "agreement,date,type") @QueryParam("fields") String fields) {
        DateRange dates = DateRange.of(from, to);
        List<MilestoneType> types = Params.enums("type", type, MilestoneType.class);
        String agreementSlug = Params.slug("agreement", agreement);
        OffsetDateTime since = Params.timestamp("updatedSince", updatedSince);
        int lim = page.limit();
        Set<String> projection = lists.parseFields(fields, TIMELINE_FIELDS);
        Lang l = Lang.resolve(lang, headers);
        Slice<Milestone> found = agreements.timeline(dates.from(), dates.to(), types, agreementSlug, since, lim,
                page.cursor(AgreementQueries.TIMELINE_SORT), page.includeTotal());
        return page(found, m -> Views.timelineItem(m, l), projection, agreements.lastModified());
    }

    @GET
    @Path("/{slug}/milestones")
    @Produces({MediaType.APPLICATION_JSON, ListResponses.CSV})
    @Operation(operationId = "listAgreementMilestones", summary = "Milestones of an agreement",
            description = "In date order, undated milestones last (date null, datePrecision null), keyset-paginated."
                    + " The ETag is the agreement's version: send it as If-Match when adding or deleting a milestone.")
    @APIResponse(responseCode = "200", description = "A page of milestones",
            headers = @Header(name = "ETag", description = "Version of the agreement"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.MilestonePage.class),
                    examples = @ExampleObject(name = "page", value = Examples.MILESTONE_PAGE)))
    public Response milestones(
            @BeanParam AgreementChildList list,
            @Parameter(description = "Milestone type; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MilestoneType.class), example = "RATIFIED")
            @QueryParam("type") List<String> type,
            @QueryParam("lang") String lang,
            @Parameter(example = "id,date,type") @QueryParam("fields") String fields,
            @Context Request request) {
        List<MilestoneType> types = Params.enums("type", type, MilestoneType.class);
        Paging p = paging(list, fields, MILESTONE_FIELDS, MILESTONE_SORT);
        Lang l = Lang.resolve(lang, headers);
        if (p.cursor() != null && Orders.parseMilestoneId(p.cursor().slug()) == null) {
            throw Cursor.invalid();
        }
        Agreement a = agreement(list.slug);
        List<MilestoneView> all = Views.milestones(a, l).stream()
                .filter(m -> types.isEmpty() || types.contains(m.facts().type()))
                .toList();
        return page(p, MILESTONE_SORT, all, MilestoneView::id, Orders.MILESTONE_ID_ORDER, a, request);
    }

    @POST
    @Path("/{slug}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "createAgreementMilestone", summary = "Add a milestone to an agreement (editor)",
            description = "Needs If-Match with the agreement's ETag. The milestone may not precede the agreement's"
                    + " proposedOn (compared at the coarser precision). Its id is derived: <date or 'undated'>-<type>-<n>."
                    + " Answers with the agreement's new ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MilestoneInput.class),
            examples = @ExampleObject(name = "ratified", value = Examples.MILESTONE_INPUT)))
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "ETag", description = "New version of the agreement"),
            content = @Content(schema = @Schema(implementation = MilestoneView.class),
                    examples = @ExampleObject(name = "milestone", value = Examples.MILESTONE)))
    public Response createMilestone(@BeanParam AgreementWrite target, @Valid @NotNull MilestoneInput input) {
        Agreement current = agreement(target.slug);
        Milestone m = writes.createMilestone(current.slug, target.expected(current), input);
        return RecordResponses.created("/api/v1/agreements/" + current.slug + "/milestones/" + m.publicId,
                m.agreement.version, Views.milestone(m, Lang.ALL));
    }

    @DELETE
    @Path("/{slug}/milestones/{id}")
    @RolesAllowed("editor")
    @Operation(operationId = "deleteAgreementMilestone", summary = "Delete a milestone of an agreement (editor)",
            description = "Needs If-Match with the agreement's ETag. Refused (422) when the agreement's status would no"
                    + " longer be borne out by its milestones. Answers with the agreement's new ETag.")
    @APIResponse(responseCode = "204", description = "Deleted",
            headers = @Header(name = "ETag", description = "New version of the agreement"))
    @APIResponse(responseCode = "422", description = "The status would need this milestone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "status", value = Examples.PROBLEM)))
    public Response deleteMilestone(@BeanParam AgreementWrite target,
                                    @Parameter(description = "Milestone id", example = "2016-12-13-other-1") @PathParam("id") String id) {
        Agreement current = agreement(target.slug);
        if (id == null || current.milestones.stream().noneMatch(m -> m.publicId.equals(id))) {
            throw ProblemException.notFound("milestone", target.slug + "/" + Slugs.shown(id, 60));
        }
        Agreement a = writes.deleteMilestone(current.slug, id, target.expected(current));
        return RecordResponses.deleted(a.version);
    }
}
