package org.ksrelations.agreements.api;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.api.SourceView;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.agreements.domain.MilestoneType;

import java.time.LocalDate;
import java.util.List;

/** A milestone of an agreement as the API serves it. */
@Schema(name = "AgreementMilestone", description = "A step in the life of an agreement; undated when the documents give no date")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MilestoneView(
        @Schema(description = "Stable id within the agreement: <date or 'undated'>-<type>-<n>", examples = "2013-06-28-ratified-1")
        String id,
        @Schema(nullable = true, description = "ISO-8601 date; null when unknown", examples = "2013-06-28") LocalDate date,
        @Schema(nullable = true, description = "How exact the date is: DAY, MONTH (the date is the first of the month) or YEAR (1 January); null when undated") DatePrecision datePrecision,
        @Schema(description = "Where the date comes from: STATED in the text, the CITATION_DATE of the reference, or INFERRED (then dateNote says how)")
        org.ksrelations.kit.dates.DateBasis dateBasis,
        @Schema(description = "How the date was read (always given with INFERRED)", nullable = true)
        String dateNote,
        @Schema(description = "What happened at this step (signed, ratified, implementation began, ...)") MilestoneType type,
        @Schema(description = "Description in the requested language (string), or every language (object) with lang=all",
                ref = "LocalizedString")
        Object description,
        @Schema(description = "The citations the milestone rests on") List<SourceView> sources) {
}
