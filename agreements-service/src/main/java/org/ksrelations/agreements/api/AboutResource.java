package org.ksrelations.agreements.api;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ksrelations.agreements.service.AgreementQueries;

import java.time.OffsetDateTime;
import java.util.Map;

@Path("/api/v1/about")
@Tag(name = "agreements")
public class AboutResource {

    @Inject
    AgreementQueries agreements;

    @ConfigProperty(name = "ksr.dataset.version")
    String version;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAgreementsAbout", summary = "About the agreements dataset",
            description = "Dataset version, last update, record counts, licence and how to cite.")
    @APIResponse(responseCode = "200", description = "Dataset identity",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Last-Modified"),
            content = @Content(schema = @Schema(implementation = About.class),
                    examples = @ExampleObject(name = "about", value = Examples.ABOUT)))
    public Response about() {
        OffsetDateTime last = agreements.lastModified();
        About about = new About("agreements", "Kosovo–Serbia Relations API: agreements, plans and resolutions", version,
                last, agreements.counts(),
                "CC BY-SA 4.0 (derived from Wikipedia articles, see each record's sources)",
                AboutResponses.howToCite("agreements", version, last));
        return AboutResponses.answer(about, last);
    }

    @Schema(name = "AgreementsAbout")
    public record About(@Schema(description = "Name of the dataset", examples = "agreements") String dataset,
                        @Schema(description = "Human-readable title of the dataset") String title,
                        @Schema(description = "Version of the curated dataset (it names the downloads and the citation)", examples = "2026.11.1")
                        String version,
                        @Schema(nullable = true, description = "When any record last changed (ISO-8601 date-time with offset); null when the dataset is empty")
                        OffsetDateTime lastUpdated,
                        @Schema(description = "Number of records by kind (agreements, provisions, milestones)") Map<String, Long> counts,
                        @Schema(description = "Licence of the data") String licence,
                        @Schema(description = "Ready-made citation of this dataset with its version and date") String howToCite) {
    }
}
