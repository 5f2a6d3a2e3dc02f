package org.ksrelations.agreements.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.kit.dates.DatePrecision;

import java.time.LocalDate;

/** A dated milestone of any agreement, for the gateway's timeline. */
@Schema(name = "AgreementMilestoneTimelineItem", description = "A dated milestone with the agreement it belongs to")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"agreement", "agreementTitle", "date", "datePrecision", "facts", "dateBasis", "dateNote", "type",
        "description", "sources"})
public record MilestoneTimelineItem(
        @Schema(description = "Slug of the agreement", examples = "2013-04-19-brussels-agreement") String agreement,
        @Schema(description = "Agreement title in the requested language (string), or every language (object) with lang=all",
                ref = "LocalizedString")
        Object agreementTitle,
        @Schema(description = "ISO-8601 date; with MONTH or YEAR precision the first day of that month or year", examples = "2013-06-28")
        LocalDate date,
        @Schema(description = "How exact the date is: DAY, MONTH (the date is the first of the month) or YEAR (1 January)") DatePrecision datePrecision,
        @JsonUnwrapped MilestoneFacts facts) {
}
