package org.ksrelations.agreements.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.agreements.domain.MilestoneType;
import org.ksrelations.kit.api.SourceView;
import org.ksrelations.kit.dates.DateBasis;

import java.util.List;

/**
 * What a milestone says wherever it is served ({@link MilestoneView}, {@link MilestoneTimelineItem}): how its date was
 * read, what happened, and the citations. Written unwrapped, as the last properties of the view that holds it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MilestoneFacts(
        @Schema(description = "Where the date comes from: STATED in the text, the CITATION_DATE of the reference, or INFERRED (then dateNote says how)")
        DateBasis dateBasis,
        @Schema(description = "How the date was read (always given with INFERRED)", nullable = true)
        String dateNote,
        @Schema(description = "What happened at this step (signed, ratified, implementation began, ...)") MilestoneType type,
        @Schema(description = "Description in the requested language (string), or every language (object) with lang=all",
                ref = "LocalizedString")
        Object description,
        @Schema(description = "The citations the milestone rests on") List<SourceView> sources) {
}
