package org.ksrelations.kit.data;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ksrelations.kit.datasets.DatasetSnapshot;
import org.ksrelations.kit.datasets.DatasetWriter;

/**
 * The versioned downloads of a service's datasets, built and served by {@link DatasetStore}: every service with a
 * database serves them under the same path. How the two operations are named in the service's OpenAPI document (tag,
 * operation ids, summaries, what its datasets are, examples) is the service's own: {@link DatasetOpenApi} writes it
 * from the service's {@code ksr.datasets.openapi.*} configuration.
 */
@Path(DatasetStore.BASE_PATH)
public class DatasetResource {

    @Inject
    DatasetStore store;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Downloadable snapshots of the service's datasets",
            description = "The service's datasets, each at its current version" + DatasetOpenApi.LIST_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The datasets at their current versions",
            content = @Content(schema = @Schema(implementation = DatasetSnapshot.Listing.class),
                    examples = @ExampleObject(name = "datasets", value = DatasetSnapshot.LIST_EXAMPLE)))
    public Response list() {
        return store.listResponse();
    }

    @GET
    @Path("/{dataset}/{file}")
    @Produces({DatasetWriter.ZIP_TYPE, DatasetWriter.JSONL_TYPE})
    @Operation(summary = "Download a file of a dataset",
            description = "A file named in the list (<dataset>-<version>.zip or .jsonl)" + DatasetOpenApi.FILE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The file",
            headers = {@Header(name = "ETag", description = "The file's SHA-256, quoted"),
                    @Header(name = "Repr-Digest", description = "sha-256 of the file (RFC 9530)"),
                    @Header(name = "Content-Disposition", description = "attachment; filename=\"<file>\"")},
            content = {@Content(mediaType = DatasetWriter.ZIP_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = DatasetWriter.JSONL_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names this file")
    public Response file(@Parameter(description = "Dataset name", example = "<dataset>") @PathParam("dataset") String dataset,
                         @Parameter(description = "File name from the list", example = "<dataset>-<version>.zip")
                         @PathParam("file") String file,
                         @Parameter(description = "The ETag of a copy already downloaded (the file's SHA-256, quoted): 304"
                                 + " when it is this file", example = "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"")
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return store.fileResponse(dataset, file, ifNoneMatch);
    }
}
