package org.ksrelations.kit.data;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ksrelations.kit.api.AboutResponses;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A service's {@code /api/v1/about}: its dataset's identity, from its configuration ({@code ksr.about.dataset},
 * {@code ksr.about.title}, {@code ksr.about.licence}, {@code ksr.dataset.version}) and its {@link AboutFacts}. How the
 * operation and its schema are named in the service's OpenAPI document is the service's own: {@link AboutOpenApi}
 * writes it from the configuration.
 */
@Path("/api/v1/about")
public class AboutResource {

    @Inject
    AboutFacts facts;

    @ConfigProperty(name = "ksr.about.dataset")
    String dataset;

    @ConfigProperty(name = "ksr.about.title")
    String title;

    @ConfigProperty(name = "ksr.about.licence")
    String licence;

    @ConfigProperty(name = "ksr.dataset.version")
    String version;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "About the service's dataset",
            description = "Dataset version, last update, record counts, licence and how to cite.")
    @APIResponse(responseCode = "200", description = "Dataset identity", headers = @Header(name = "Last-Modified"),
            content = @Content(schema = @Schema(implementation = About.class)))
    public Response about() {
        OffsetDateTime last = facts.lastModified();
        About about = new About(dataset, title, version, last, facts.counts(), licence,
                AboutResponses.howToCite(dataset, version, last));
        return AboutResponses.answer(about, last);
    }

    /** The answer; named {@code <Name>About} in the service's document, with its dataset as the example. */
    @Schema(name = AboutOpenApi.SCHEMA)
    public record About(@Schema(description = "Name of the dataset") String dataset,
                        @Schema(description = "Human-readable title of the dataset") String title,
                        @Schema(description = "Version of the curated dataset (it names the downloads and the citation)", examples = "2026.11.1")
                        String version,
                        @Schema(nullable = true, description = "When any record last changed (ISO-8601 date-time with offset); null when the dataset is empty")
                        OffsetDateTime lastUpdated,
                        @Schema(description = "Number of records by kind") Map<String, Long> counts,
                        @Schema(description = "Licence of the data") String licence,
                        @Schema(description = "Ready-made citation of this dataset with its version and date") String howToCite) {
    }
}
