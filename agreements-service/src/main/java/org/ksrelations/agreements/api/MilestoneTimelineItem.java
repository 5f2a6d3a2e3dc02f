package org.ksrelations.agreements.api;

import org.ksrelations.kit.dates.DateBasis;

import org.ksrelations.kit.dates.DatePrecision;

import org.ksrelations.kit.api.SourceView;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.agreements.domain.MilestoneType;

import java.time.LocalDate;
import java.util.List;

/** A dated milestone of any agreement, for the gateway's timeline. */
@Schema(name = "AgreementMilestoneTimelineItem", description = "A dated milestone with the agreement it belongs to")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MilestoneTimelineItem(
        @Schema(description = "Slug of the agreement", examples = "2013-04-19-brussels-agreement") String agreement,
        @Schema(description = "Agreement title in the requested language (string), or every language (object) with lang=all",
                ref = "LocalizedString")
        Object agreementTitle,
        @Schema(description = "ISO-8601 date; with MONTH or YEAR precision the first day of that month or year", examples = "2013-06-28")
        LocalDate date,
        @Schema(description = "How exact the date is: DAY, MONTH (the date is the first of the month) or YEAR (1 January)") DatePrecision datePrecision,
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
