package org.ksrelations.agreements.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.kit.api.ChangeKind;
import org.ksrelations.kit.api.Lang;
import org.ksrelations.kit.data.ChangeFeed;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "AgreementChangePage", description = "A page of the changes feed")
public record ChangePage(@Schema(description = "Upserts and deletions in the order they happened (oldest first)") List<Change> items,
                         @Schema(nullable = true, description = "Opaque cursor of the next page; null when caught up") String nextCursor) {

    /** The feed's page as served in {@code lang}. */
    public static ChangePage of(ChangeFeed.Records<Agreement> changes, Lang lang) {
        return new ChangePage(changes.changes(r -> Views.agreement(r, lang), Change::new), changes.slice().nextCursor());
    }

    @Schema(name = "AgreementChange", description = "One upsert (with the record), deletion (tombstone) or rename (old slug to new)")
    public record Change(@Schema(description = "UPSERT: the agreement was created or changed; DELETE: it was deleted; RENAME: its slug changed (formerSlug to slug)") ChangeKind change,
                         @Schema(description = "Public identifier of the agreement (its current slug)", examples = "2013-04-19-brussels-agreement") String slug,
                         @Schema(description = "When the change was committed (ISO-8601 date-time with offset); pass the last one as since to resume") OffsetDateTime at,
                         @Schema(nullable = true, description = "The record as it is now; null for a deletion or a rename") AgreementView agreement,
                         @Schema(nullable = true, description = "RENAME: the slug the record had before (it now redirects to"
                                 + " slug); null otherwise",
                                 examples = "2007-03-26-ahtisaari-plan")
                         String formerSlug) {
    }
}
