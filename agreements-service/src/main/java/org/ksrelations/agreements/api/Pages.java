package org.ksrelations.agreements.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Documentation types of the pages the lists serve. */
public final class Pages {

    private Pages() {
    }

    @Schema(name = "AgreementPage")
    public record AgreementPage(
            @Schema(description = "The agreements of this page, in the requested order") List<AgreementView> items,
            @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page") String nextCursor,
            @Schema(nullable = true, description = "Number of matching items, with includeTotal=true") Long totalItems) {
    }

    @Schema(name = "AgreementProvisionPage")
    public record ProvisionPage(
            @Schema(description = "The provisions of this page, by number") List<ProvisionView> items,
            @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page") String nextCursor,
            @Schema(nullable = true, description = "Number of matching items, with includeTotal=true") Long totalItems) {
    }

    @Schema(name = "AgreementMilestonePage")
    public record MilestonePage(
            @Schema(description = "The milestones of this page, by date (undated last)") List<MilestoneView> items,
            @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page") String nextCursor,
            @Schema(nullable = true, description = "Number of matching items, with includeTotal=true") Long totalItems) {
    }

    @Schema(name = "AgreementMilestoneTimelinePage")
    public record MilestoneTimelinePage(
            @Schema(description = "The dated milestones of this page, in the requested order") List<MilestoneTimelineItem> items,
            @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page") String nextCursor,
            @Schema(nullable = true, description = "Number of matching items, with includeTotal=true") Long totalItems) {
    }
}
