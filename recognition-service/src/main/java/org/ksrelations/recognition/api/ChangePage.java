package org.ksrelations.recognition.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.kit.api.ChangeKind;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.data.ChangeFeed;
import org.ksrelations.recognition.domain.Membership;
import org.ksrelations.recognition.domain.RecognitionAct;
import org.ksrelations.recognition.service.ChangeService;
import org.ksrelations.recognition.service.StateWithStance;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "RecognitionChangePage", description = "A page of the changes feed of states, acts and memberships")
public record ChangePage(@Schema(description = "Upserts and deletions in the order they happened (oldest first)") List<Change> items,
                         @Schema(nullable = true, description = "Opaque cursor of the next page; null when caught up") String nextCursor) {

    /** The feed's page as served in {@code lang} (membership texts). */
    public static ChangePage of(ChangeService.Changes changes, Lang lang) {
        List<Change> items = changes.slice().rows().stream().map(r -> change(r, changes, lang)).toList();
        return new ChangePage(items, changes.slice().nextCursor());
    }

    private static Change change(ChangeFeed.Row r, ChangeService.Changes changes, Lang lang) {
        Resource resource = Resource.valueOf(r.resource());
        if (r.deleted()) {
            return new Change(ChangeKind.DELETE, resource, r.id(), r.at(), null, null, null);
        }
        return switch (resource) {
            case STATE -> {
                StateWithStance s = changes.states().get(r.rowId());
                yield new Change(ChangeKind.UPSERT, resource, r.id(), r.at(), s == null ? null : Views.state(s), null, null);
            }
            case ACT -> {
                RecognitionAct a = changes.acts().get(r.rowId());
                yield new Change(ChangeKind.UPSERT, resource, r.id(), r.at(), null, a == null ? null : Views.act(a, a.state), null);
            }
            case MEMBERSHIP -> {
                Membership m = changes.memberships().get(r.rowId());
                yield new Change(ChangeKind.UPSERT, resource, r.id(), r.at(), null, null, m == null ? null : Views.membership(m, lang));
            }
        };
    }

    @Schema(name = "RecognitionChangeResource")
    public enum Resource { STATE, ACT, MEMBERSHIP }

    @Schema(name = "RecognitionChange", description = "One upsert (with the record) or deletion (tombstone)")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Change(@Schema(description = "UPSERT: the record was created or changed; DELETE: it was deleted") ChangeKind change,
                         @Schema(description = "Which kind of record changed: a STATE, an ACT or a MEMBERSHIP") Resource resource,
                         @Schema(description = "Public id: a state code, an act id or a membership slug",
                                 examples = "il-recognition-2020-09-04") String id,
                         @Schema(description = "When the change was committed (ISO-8601 date-time with offset); pass the last one as since to resume")
                         OffsetDateTime at,
                         @Schema(nullable = true, description = "The state as it is now (resource STATE)") StateView state,
                         @Schema(nullable = true, description = "The act as it is now (resource ACT, not for a deletion)") ActView act,
                         @Schema(nullable = true, description = "The membership as it is now (resource MEMBERSHIP)") MembershipView membership) {
    }
}
