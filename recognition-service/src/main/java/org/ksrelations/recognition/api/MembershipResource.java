package org.ksrelations.recognition.api;

import org.ksrelations.kit.problem.ProblemException;
import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.api.ListResource;
import org.ksrelations.kit.api.PageParams;
import org.ksrelations.kit.api.ListResponses;
import org.ksrelations.kit.api.Slugs;
import org.ksrelations.kit.api.RecordResponses;
import org.ksrelations.kit.service.Slice;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ksrelations.recognition.domain.Membership;
import org.ksrelations.recognition.domain.MembershipKind;
import org.ksrelations.recognition.domain.MembershipStatus;
import org.ksrelations.recognition.service.MembershipService;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Read-only: memberships come from the curated seed. */
@Path("/api/v1/memberships")
@Tag(name = "memberships", description = "Kosovo's memberships of and applications to international organisations (recognition-service)")
public class MembershipResource extends ListResource {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("slug", "organisation", "kind", "status", "summary",
            "lang", "events", "sources", "updatedAt"));

    @Inject
    MembershipService memberships;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListResponses.CSV})
    @Operation(operationId = "listMemberships", summary = "List Kosovo's memberships and applications",
            description = "Ordered by slug; keyset-paginated. Answers CSV with Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "A page of memberships",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.MembershipPage.class),
                    examples = @ExampleObject(name = "interpol", value = Examples.MEMBERSHIP_PAGE)))
    public Response list(
            @Parameter(description = "Kind of organisation; repeat or comma-separate",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MembershipKind.class))
            @QueryParam("kind") List<String> kind,
            @Parameter(description = "Status; repeat or comma-separate",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MembershipStatus.class))
            @QueryParam("status") List<String> status,
            @Parameter(description = "Organisation name or English summary contains (case-insensitive)", example = "interpol")
            @QueryParam("q") String q,
            @Parameter(description = "Only memberships changed after this instant (ISO-8601)") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "slug (the only order)", schema = @Schema(enumeration = {"slug"})) @QueryParam("sort") String sort,
            @BeanParam PageParams page,
            @QueryParam("lang") String lang,
            @Parameter(example = "slug,organisation,status") @QueryParam("fields") String fields) {
        if (sort != null && !sort.isBlank() && !sort.trim().equals("slug")) {
            throw ProblemException.badParam("sort", "must be slug");
        }
        Lang l = Lang.resolve(lang, headers);
        Set<String> projection = lists.parseFields(fields, FIELDS);
        Slice<Membership> found = memberships.list(Params.enums("kind", kind, MembershipKind.class),
                Params.enums("status", status, MembershipStatus.class), Params.text("q", q, 100),
                Params.timestamp("updatedSince", updatedSince), page.limit(), page.cursor("slug"), page.includeTotal());
        return page(found, m -> Views.membership(m, l), projection, null);
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMembership", summary = "Get one membership")
    @APIResponse(responseCode = "200", description = "The membership",
            headers = {@Header(name = "ETag"), @Header(name = "Last-Modified")},
            content = @Content(schema = @Schema(implementation = MembershipView.class),
                    examples = @ExampleObject(name = "interpol", value = Examples.MEMBERSHIP)))
    public Response get(@Parameter(description = "Membership slug", example = "interpol") @PathParam("slug") String slug,
                        @Parameter(description = "Language of texts or all", example = "en") @QueryParam("lang") String lang,
                        @Context Request request) {
        Slugs.checked("membership", slug);
        Lang l = Lang.resolve(lang, headers);
        Membership m = memberships.get(slug);
        return RecordResponses.conditional(request, m.version, m.updatedAt, "Accept-Language",
                () -> Views.membership(m, l));
    }
}
