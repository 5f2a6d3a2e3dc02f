package org.ksrelations.recognition.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Documentation types of the pages of each list. */
public final class Pages {

    private Pages() {
    }

    @Schema(name = "StatePage")
    public record StatePage(@Schema(description = "The states of this page, in the requested order") List<StateView> items,
                            @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page") String nextCursor,
                            @Schema(nullable = true, description = "Number of matching items, with includeTotal=true") Long totalItems) {
    }

    @Schema(name = "RecognitionActPage")
    public record RecognitionActPage(@Schema(description = "The recognition acts of this page, in the requested order") List<ActView> items,
                                     @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page") String nextCursor,
                                     @Schema(nullable = true, description = "Number of matching items, with includeTotal=true") Long totalItems) {
    }

    @Schema(name = "MembershipPage")
    public record MembershipPage(@Schema(description = "The memberships of this page, in the requested order") List<MembershipView> items,
                                 @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page") String nextCursor,
                                 @Schema(nullable = true, description = "Number of matching items, with includeTotal=true") Long totalItems) {
    }
}
