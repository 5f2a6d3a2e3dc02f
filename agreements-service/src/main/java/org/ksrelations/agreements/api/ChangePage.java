package org.ksrelations.agreements.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "AgreementChangePage", description = "A page of the changes feed")
public record ChangePage(List<Change> items,
                         @Schema(nullable = true, description = "Opaque cursor of the next page; null when caught up") String nextCursor) {

    @Schema(name = "ChangeKind", enumeration = {"UPSERT", "DELETE"})
    public enum Kind { UPSERT, DELETE }

    @Schema(name = "AgreementChange", description = "One upsert (with the record) or deletion (tombstone)")
    public record Change(Kind change, @Schema(examples = "2013-04-19-brussels-agreement") String slug,
                         OffsetDateTime at,
                         @Schema(nullable = true, description = "The record as it is now; null for a deletion") AgreementView agreement) {
    }
}
