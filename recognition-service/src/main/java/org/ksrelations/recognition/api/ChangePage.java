package org.ksrelations.recognition.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "RecognitionChangePage", description = "A page of the changes feed of states, acts and memberships")
public record ChangePage(List<Change> items,
                         @Schema(nullable = true, description = "Opaque cursor of the next page; null when caught up") String nextCursor) {

    @Schema(name = "ChangeKind", enumeration = {"UPSERT", "DELETE"})
    public enum Kind { UPSERT, DELETE }

    @Schema(name = "RecognitionChangeResource")
    public enum Resource { STATE, ACT, MEMBERSHIP }

    @Schema(name = "RecognitionChange", description = "One upsert (with the record) or deletion (tombstone)")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Change(Kind change, Resource resource,
                         @Schema(description = "Public id: a state code, an act id or a membership slug",
                                 examples = "il-recognition-2020-09-04") String id,
                         OffsetDateTime at,
                         @Schema(nullable = true, description = "The state as it is now (resource STATE)") StateView state,
                         @Schema(nullable = true, description = "The act as it is now (resource ACT, not for a deletion)") ActView act,
                         @Schema(nullable = true, description = "The membership as it is now (resource MEMBERSHIP)") MembershipView membership) {
    }
}
