package org.ksrelations.kit.datasets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** One entry of {@code GET /api/v1/datasets}: a dataset at its current version, with its files. */
@Schema(name = "DatasetSnapshot", description = "A downloadable snapshot of one dataset at its current version")
public record DatasetSnapshot(
        @Schema(description = "The dataset's name, the first part of its file names", examples = "events")
        String name,
        @Schema(description = "Short title of the dataset", examples = "Events of Kosovo–Serbia relations")
        String title,
        @Schema(description = "What one record is and what comes with it")
        String description,
        @Schema(description = "The dataset version to cite: the release of the data (ksr.dataset.version), '-r' and"
                + " the database's revision, which every write increases; it names the files, and a new one replaces"
                + " them (an old file name is then a 404)", examples = "2026.11.1-r1764590400123")
        String version,
        @Schema(description = "When this version came to be: the last write to the service's data")
        OffsetDateTime date,
        @Schema(description = "Licence of the data", examples = "CC BY-SA 4.0")
        String licence,
        @Schema(description = "A ready citation with the version and its date",
                examples = "Kosovo–Serbia Relations API (2026). Events of Kosovo–Serbia relations, version"
                        + " 2026.11.1-r1764590400123 (2026-12-01). CC BY-SA 4.0.")
        String citation,
        @Schema(description = "The downloads of this version: a zip of CSV files with their codebook, and JSON Lines")
        List<DatasetFile> files) {

    /** An example of the list's answer (the OpenAPI document's). */
    public static final String LIST_EXAMPLE = "{\"items\": [{\"name\": \"events\", \"title\": \"Events of Kosovo–Serbia relations\","
            + " \"description\": \"Every event of the timeline with its actors and sources.\","
            + " \"version\": \"2026.11.1-r1764590400123\", \"date\": \"2026-12-01T10:00:00Z\", \"licence\": \"CC BY-SA 4.0\","
            + " \"citation\": \"Kosovo–Serbia Relations API (2026). Events of Kosovo–Serbia relations, version"
            + " 2026.11.1-r1764590400123 (2026-12-01) [dataset]. CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/\","
            + " \"files\": [{\"name\": \"events-2026.11.1-r1764590400123.zip\", \"format\": \"zip\","
            + " \"mediaType\": \"application/zip\", \"size\": 51568,"
            + " \"sha256\": \"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\","
            + " \"url\": \"/api/v1/datasets/events/events-2026.11.1-r1764590400123.zip\"},"
            + " {\"name\": \"events-2026.11.1-r1764590400123.jsonl\", \"format\": \"jsonl\","
            + " \"mediaType\": \"application/jsonl\", \"size\": 234753,"
            + " \"sha256\": \"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752\","
            + " \"url\": \"/api/v1/datasets/events/events-2026.11.1-r1764590400123.jsonl\"}]}]}";

    /** One downloadable file of a snapshot. */
    @Schema(name = "DatasetFile", description = "One file of a dataset snapshot")
    public record DatasetFile(
            @Schema(description = "File name: dataset, version and format", examples = "events-2026.11.1-r1764590400123.zip")
            String name,
            DatasetFormat format,
            @Schema(description = "Media type of the download", examples = "application/zip")
            String mediaType,
            @Schema(description = "Size in bytes") long size,
            @Schema(description = "SHA-256 of the file's bytes, hex; also its ETag",
                    examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            String sha256,
            @Schema(description = "Where to download it (a path under the API's address)",
                    examples = "/api/v1/datasets/events/events-2026.11.1-r1764590400123.zip")
            String url) {
    }

    /** The answer of {@code GET /api/v1/datasets}. */
    @Schema(name = "DatasetSnapshotList", description = "The downloadable datasets at their current versions")
    public record Listing(
            @Schema(description = "One entry per dataset") List<DatasetSnapshot> items) {
    }
}
