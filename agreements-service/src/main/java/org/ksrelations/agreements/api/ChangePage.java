package org.ksrelations.agreements.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.agreements.service.ChangeService;
import org.ksrelations.kit.api.Lang;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "AgreementChangePage", description = "A page of the changes feed")
public record ChangePage(@Schema(description = "Upserts and deletions in the order they happened (oldest first)") List<Change> items,
                         @Schema(nullable = true, description = "Opaque cursor of the next page; null when caught up") String nextCursor) {

    /** The feed's page as served in {@code lang}. */
    public static ChangePage of(ChangeService.Changes changes, Lang lang) {
        List<Change> items = changes.slice().rows().stream().map(r -> {
            if (r.renamed()) {
                return new Change(Kind.RENAME, r.renamedTo(), r.at(), null, r.id());
            }
            Agreement a = r.deleted() ? null : changes.upserted().get(r.rowId());
            return new Change(r.deleted() ? Kind.DELETE : Kind.UPSERT, r.id(), r.at(), a == null ? null : Views.agreement(a, lang), null);
        }).toList();
        return new ChangePage(items, changes.slice().nextCursor());
    }

    @Schema(name = "ChangeKind", enumeration = {"UPSERT", "DELETE", "RENAME"},
            description = "UPSERT: the record was created or changed; DELETE: it was deleted (tombstone); RENAME (events,"
                    + " agreements): the record formerly at formerSlug is now at slug (move a kept copy; the old slug"
                    + " answers 301/308 to the new URL)")
    public enum Kind { UPSERT, DELETE, RENAME }

    @Schema(name = "AgreementChange", description = "One upsert (with the record), deletion (tombstone) or rename (old slug to new)")
    public record Change(@Schema(description = "UPSERT: the agreement was created or changed; DELETE: it was deleted; RENAME: its slug changed (formerSlug to slug)") Kind change,
                         @Schema(description = "Public identifier of the agreement (its current slug)", examples = "2013-04-19-brussels-agreement") String slug,
                         @Schema(description = "When the change was committed (ISO-8601 date-time with offset); pass the last one as since to resume") OffsetDateTime at,
                         @Schema(nullable = true, description = "The record as it is now; null for a deletion or a rename") AgreementView agreement,
                         @Schema(nullable = true, description = "RENAME: the slug the record had before (it now redirects to"
                                 + " slug); null otherwise",
                                 examples = "2007-03-26-ahtisaari-plan")
                         String formerSlug) {
    }
}
