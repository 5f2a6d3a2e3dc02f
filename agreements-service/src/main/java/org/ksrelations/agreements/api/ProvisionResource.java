package org.ksrelations.agreements.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.ksrelations.agreements.domain.ImplementationStatus;
import org.ksrelations.agreements.service.AgreementQueries;
import org.ksrelations.agreements.service.Orders;
import org.ksrelations.kit.api.ListResponses;
import org.ksrelations.kit.api.Params;
import org.ksrelations.kit.api.RecordResponses;
import org.ksrelations.kit.problem.ProblemException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The numbered provisions of an agreement: read as a page of the agreement (its ETag is the agreement's version) and
 * changed one by one under the agreement's If-Match.
 */
@Path("/api/v1/agreements")
@Tag(name = "agreements", description = "Agreements, drafts, plans and resolutions, with provisions and milestones (agreements-service)")
public class ProvisionResource extends AgreementChildResource {

    static final String PROVISION_SORT = "provisions";
    static final Set<String> PROVISION_FIELDS = new LinkedHashSet<>(List.of("number", "topic", "text",
            "implementationStatus", "quote"));

    @GET
    @Path("/{slug}/provisions")
    @Produces({MediaType.APPLICATION_JSON, ListResponses.CSV})
    @Operation(operationId = "listAgreementProvisions", summary = "Provisions of an agreement",
            description = "In number order (2 before 10), keyset-paginated. The ETag is the agreement's version: send it"
                    + " as If-Match when changing a provision.")
    @APIResponse(responseCode = "200", description = "A page of provisions",
            headers = @Header(name = "ETag", description = "Version of the agreement"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.ProvisionPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.PROVISION_PAGE)))
    public Response provisions(
            @BeanParam AgreementChildList list,
            @Parameter(description = "Implementation status; repeat or comma-separate for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ImplementationStatus.class), example = "IMPLEMENTED")
            @QueryParam("implementationStatus") List<String> implementationStatus,
            @Parameter(description = "Text contained in the topic (case-insensitive)", example = "police")
            @QueryParam("topic") String topic,
            @Parameter(example = "number,topic") @QueryParam("fields") String fields,
            @Context Request request) {
        List<ImplementationStatus> statuses = Params.enums("implementationStatus", implementationStatus, ImplementationStatus.class);
        String topicText = Params.text("topic", topic, 200);
        Paging p = paging(list, fields, PROVISION_FIELDS, PROVISION_SORT);
        Agreement a = agreement(list.slug);
        List<ProvisionView> all = Views.provisions(a).stream()
                .filter(v -> statuses.isEmpty() || statuses.contains(v.implementationStatus()))
                .filter(v -> topicText == null || v.topic().toLowerCase(Locale.ROOT).contains(topicText.toLowerCase(Locale.ROOT)))
                .toList();
        return page(p, PROVISION_SORT, all, ProvisionView::number, Orders.PROVISION_NUMBER, a, request);
    }

    @POST
    @Path("/{slug}/provisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "createAgreementProvision", summary = "Add a provision to an agreement (editor)",
            description = "Needs If-Match with the agreement's ETag; answers with the agreement's new ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProvisionView.class),
            examples = @ExampleObject(name = "provision", value = Examples.PROVISION)))
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "ETag", description = "New version of the agreement"),
            content = @Content(schema = @Schema(implementation = ProvisionView.class),
                    examples = @ExampleObject(name = "provision", value = Examples.PROVISION)))
    @APIResponse(responseCode = "409", description = "Number taken")
    public Response createProvision(@BeanParam AgreementWrite target, @Valid @NotNull ProvisionView input) {
        Agreement current = agreement(target.slug);
        Agreement a = writes.createProvision(current.slug, target.expected(current), input);
        return RecordResponses.created("/api/v1/agreements/" + a.slug + "/provisions/" + input.number(), a.version,
                Views.provision(AgreementQueries.findProvision(a, input.number())));
    }

    @PUT
    @Path("/{slug}/provisions/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Operation(operationId = "replaceAgreementProvision", summary = "Replace a provision of an agreement (editor)",
            description = "Needs If-Match with the agreement's ETag; the number cannot change. Answers with the agreement's new ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProvisionView.class),
            examples = @ExampleObject(name = "provision", value = Examples.PROVISION)))
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", description = "New version of the agreement"),
            content = @Content(schema = @Schema(implementation = ProvisionView.class),
                    examples = @ExampleObject(name = "provision", value = Examples.PROVISION)))
    public Response replaceProvision(@BeanParam AgreementWrite target,
                                     @Parameter(description = "Provision number", example = "5") @PathParam("number") String number,
                                     @Valid @NotNull ProvisionView input) {
        Agreement current = agreement(target.slug);
        String n = existingNumber(current, target.slug, number);
        Agreement a = writes.replaceProvision(current.slug, n, target.expected(current), input);
        return RecordResponses.written(Views.provision(AgreementQueries.findProvision(a, n)), a.version);
    }

    @DELETE
    @Path("/{slug}/provisions/{number}")
    @RolesAllowed("editor")
    @Operation(operationId = "deleteAgreementProvision", summary = "Delete a provision of an agreement (editor)",
            description = "Needs If-Match with the agreement's ETag; answers with the agreement's new ETag.")
    @APIResponse(responseCode = "204", description = "Deleted",
            headers = @Header(name = "ETag", description = "New version of the agreement"))
    public Response deleteProvision(@BeanParam AgreementWrite target,
                                    @Parameter(description = "Provision number", example = "5") @PathParam("number") String number) {
        Agreement current = agreement(target.slug);
        String n = existingNumber(current, target.slug, number);
        Agreement a = writes.deleteProvision(current.slug, n, target.expected(current));
        return RecordResponses.deleted(a.version);
    }

    /** The number of a provision {@code current} has; 404 otherwise. */
    private static String existingNumber(Agreement current, String slug, String number) {
        String n = AgreementPaths.checkedNumber(slug, number);
        if (AgreementQueries.findProvision(current, n) == null) {
            throw ProblemException.notFound("provision", slug + "/" + n);
        }
        return n;
    }
}
