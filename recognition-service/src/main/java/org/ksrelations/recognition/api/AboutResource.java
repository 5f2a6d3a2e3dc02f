package org.ksrelations.recognition.api;

import org.ksrelations.kit.api.AboutResponses;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
import org.ksrelations.recognition.domain.Membership;
import org.ksrelations.recognition.domain.RecognitionAct;
import org.ksrelations.recognition.domain.State;
import org.ksrelations.recognition.service.StateService;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

@Path("/api/v1/about")
@Tag(name = "recognitions")
public class AboutResource {

    @Inject
    StateService states;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "ksr.dataset.version")
    String version;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(operationId = "getRecognitionAbout", summary = "About the recognition dataset",
            description = "Dataset version, last update, record counts, licence and how to cite.")
    @APIResponse(responseCode = "200", description = "Dataset identity",
            content = @Content(schema = @Schema(implementation = About.class),
                    examples = @ExampleObject(name = "about", value = Examples.ABOUT)))
    public Response about() {
        OffsetDateTime last = states.lastModified();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("states", State.count());
        counts.put("acts", RecognitionAct.count());
        counts.put("unverifiedActs", RecognitionAct.count("verified", false));
        counts.put("memberships", Membership.count());
        counts.put("recognizing", ((Number) em.createNativeQuery(
                "SELECT count(*) FROM state_stance WHERE stance = 'RECOGNIZES'").getSingleResult()).longValue());
        About about = new About("recognition", "Kosovo–Serbia Relations API: international recognition of Kosovo",
                version, last, counts,
                "CC BY-SA 4.0 (compiled from public sources and Wikipedia articles, see each record's sources)",
                AboutResponses.howToCite("recognition", version, last));
        return AboutResponses.answer(about, last);
    }

    @Schema(name = "RecognitionAbout")
    public record About(@Schema(description = "Name of the dataset", examples = "recognition") String dataset,
                        @Schema(description = "Human-readable title of the dataset") String title,
                        @Schema(description = "Version of the curated dataset (it names the downloads and the citation)", examples = "2026.11.1")
                        String version,
                        @Schema(nullable = true, description = "When any record last changed (ISO-8601 date-time with offset); null when the dataset is empty")
                        OffsetDateTime lastUpdated,
                        @Schema(description = "states, acts, unverifiedActs, memberships, recognizing (states whose current stance is RECOGNIZES)")
                        Map<String, Long> counts,
                        @Schema(description = "Licence of the data") String licence,
                        @Schema(description = "Ready-made citation of this dataset with its version and date") String howToCite) {
    }
}
