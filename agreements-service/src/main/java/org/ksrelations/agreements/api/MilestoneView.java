package org.ksrelations.agreements.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ksrelations.kit.dates.DatePrecision;

import java.time.LocalDate;

/** A milestone of an agreement as the API serves it. */
@Schema(name = "AgreementMilestone", description = "A step in the life of an agreement; undated when the documents give no date")
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "date", "datePrecision", "facts", "dateBasis", "dateNote", "type", "description", "sources"})
public record MilestoneView(
        @Schema(description = "Stable id within the agreement: <date or 'undated'>-<type>-<n>", examples = "2013-06-28-ratified-1")
        String id,
        @Schema(nullable = true, description = "ISO-8601 date; null when unknown", examples = "2013-06-28") LocalDate date,
        @Schema(nullable = true, description = "How exact the date is: DAY, MONTH (the date is the first of the month) or YEAR (1 January); null when undated") DatePrecision datePrecision,
        @JsonUnwrapped MilestoneFacts facts) {
}
