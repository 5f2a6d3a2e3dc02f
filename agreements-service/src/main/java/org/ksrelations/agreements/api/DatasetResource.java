package org.ksrelations.agreements.api;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ksrelations.kit.data.DatasetStore;
import org.ksrelations.kit.datasets.DatasetSnapshot;
import org.ksrelations.kit.datasets.DatasetWriter;

/** The versioned download of the agreements dataset (built and served by the kit's {@link DatasetStore}). */
@Path("/api/v1/datasets")
@Tag(name = "agreements")
public class DatasetResource {

    @Inject
    DatasetStore store;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAgreementsDatasets", summary = "Downloadable snapshot of the agreements dataset",
            description = "The agreements with their provisions, milestones, signatories and sources, at the current version: a zip"
                    + " of CSV files with a codebook and a citation, and JSON Lines; with size, SHA-256, URL and a"
                    + " ready citation. A write makes a new version; the files of older versions are then gone.")
    @APIResponse(responseCode = "200", description = "The datasets at their current versions",
            content = @Content(schema = @Schema(implementation = DatasetSnapshot.Listing.class),
                    examples = @ExampleObject(name = "datasets", value = DatasetSnapshot.LIST_EXAMPLE)))
    public Response list() {
        return store.listResponse();
    }

    @GET
    @Path("/{dataset}/{file}")
    @Produces({DatasetWriter.ZIP_TYPE, DatasetWriter.JSONL_TYPE})
    @Operation(operationId = "getAgreementsDatasetFile", summary = "Download a file of the agreements dataset",
            description = "A file named in the list (agreements-<version>.zip or .jsonl). Its ETag is its"
                    + " SHA-256: If-None-Match with it answers 304. A file of an older version is a 404 problem that"
                    + " names the current files.")
    @APIResponse(responseCode = "200", description = "The file",
            headers = {@Header(name = "ETag", description = "The file's SHA-256, quoted"),
                    @Header(name = "Repr-Digest", description = "sha-256 of the file (RFC 9530)"),
                    @Header(name = "Content-Disposition", description = "attachment; filename=\"<file>\"")},
            content = {@Content(mediaType = DatasetWriter.ZIP_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = DatasetWriter.JSONL_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names this file")
    public Response file(@Parameter(description = "Dataset name", example = "agreements") @PathParam("dataset") String dataset,
                         @Parameter(description = "File name from the list", example = "agreements-2026.11.1-r1764590400123.zip")
                         @PathParam("file") String file,
                         @Parameter(description = "The ETag of a copy already downloaded (the file's SHA-256, quoted): 304"
                                 + " when it is this file", example = "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"")
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return store.fileResponse(dataset, file, ifNoneMatch);
    }
}
